namespace Burstsim.Simulator.Workloads;

/// <summary>The part of an Azure Functions 2019 trace a scenario uses (see <see cref="AzureTraceReader"/>).</summary>
/// <param name="Functions">Functions with at least one invocation in the window and known durations, in file order.</param>
/// <param name="StartMinute">First minute of the window (0-based: minute column "1" is minute 0).</param>
/// <param name="Minutes">Length of the window in minutes.</param>
/// <param name="SkippedWithoutDurations">Functions invoked in the window that the durations file lacks (left out).</param>
public sealed record AzureTrace(IReadOnlyList<AzureFunctionTrace> Functions, int StartMinute, int Minutes, int SkippedWithoutDurations)
{
    /// <summary>Invocations of every function in the window.</summary>
    public long Invocations => Functions.Sum(f => f.PerMinute.Sum(c => (long)c));

    /// <summary>Invocations in the window of the functions left out for lacking durations (dropped, not simulated).</summary>
    public long SkippedInvocations { get; init; }
}
