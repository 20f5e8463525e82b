namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// The controller's view of the invokers now: health (OpenWhisk's InvokerPool: an invoker silent past the health
/// timeout is Offline and gets no work) and the free CPUs and memory the invokers last reported (the burst
/// fork's inventory; after the report delay, so it lags the invokers themselves). Read-only.
/// </summary>
public interface IInvokerInventory
{
    /// <summary>The invokers, by index.</summary>
    IReadOnlyList<InvokerInfo> Invokers { get; }

    /// <summary>Whether invoker <paramref name="invoker"/> is online (not taken Offline after a crash).</summary>
    bool IsOnline(int invoker);

    /// <summary>Free CPUs per invoker as last reported (burst packs hold CPUs; classic containers share them and take none).</summary>
    IReadOnlyList<int> FreeCpus { get; }

    /// <summary>Free memory per invoker for burst packs, MB, as last reported.</summary>
    IReadOnlyList<long> FreeMemoryMb { get; }
}
