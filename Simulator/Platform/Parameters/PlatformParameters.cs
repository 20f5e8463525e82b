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

    /// <summary>
    /// Draw every latency from its distribution (true, the default) or use every median (false: a run without
    /// run-to-run variability, for hand-worked checks). Same seed, same draws either way.
    /// </summary>
    public bool Variability { get; init; } = true;

    /// <summary>What a burst pack container is charged against userMemory. Default: runtime_memory once per pack (see PackMemory for the evidence).</summary>
    public BurstPackMemory BurstPackMemory { get; init; } = BurstPackMemory.PerPack;

    /// <summary>What a burst does when it does not fit. Default: wait.</summary>
    public BurstNoFit BurstNoFit { get; init; } = BurstNoFit.Wait;
}
