namespace Burstsim.Simulator.Faults;

/// <summary>
/// The faults injected into one run (scenario section <c>faults:</c>). Probabilities are per bus message
/// and per container start, drawn from their own random streams so a fault never shifts the workload's draws.
/// </summary>
public sealed record FaultPlan
{
    /// <summary>No faults: the default.</summary>
    public static FaultPlan None { get; } = new();

    /// <summary>Invoker crashes, each at a given simulated time.</summary>
    public IReadOnlyList<InvokerCrash> Crashes { get; init; } = [];

    /// <summary>Invoker slowdowns, each over a window of simulated time.</summary>
    public IReadOnlyList<InvokerSlowdown> Slowdowns { get; init; } = [];

    /// <summary>Probability that a controller-to-invoker message is lost on the bus (0..1).</summary>
    public double MessageLossProbability { get; init; }

    /// <summary>Probability that a container fails to start (docker run or /init error) (0..1).</summary>
    public double StartFailureProbability { get; init; }

    /// <summary>True when the plan injects nothing.</summary>
    public bool IsEmpty => Crashes.Count == 0 && Slowdowns.Count == 0 && MessageLossProbability == 0 && StartFailureProbability == 0;
}
