namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>Every latency and limit of the model, grouped by component; defaults documented where defined.</summary>
public sealed record PlatformParameters
{
    public ClientParameters Client { get; init; } = new();
    public ControllerParameters Controller { get; init; } = new();
    public BusParameters Bus { get; init; } = new();
    public InvokerParameters Invoker { get; init; } = new();
    public RuntimeParameters Runtime { get; init; } = new();
    public FaaSBatchParameters FaaSBatch { get; init; } = new();
    public RecoveryParameters Recovery { get; init; } = new();

    /// <summary>What a burst does when it does not fit. Default: wait.</summary>
    public BurstNoFit BurstNoFit { get; init; } = BurstNoFit.Wait;
}
