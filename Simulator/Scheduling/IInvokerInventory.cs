namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// The controller's view of the invokers now: health (OpenWhisk's InvokerPool: an invoker silent past the health
/// timeout is Offline, one with more than 3 system errors or forced acks in its last 10 completions is Unhealthy or
/// Unresponsive until its health test action succeeds; none of them gets work) and the free CPUs and memory the invokers last reported (the burst
/// fork's inventory; after the report delay, so it lags the invokers themselves). Read-only.
/// </summary>
public interface IInvokerInventory
{
    /// <summary>The invokers, by index.</summary>
    IReadOnlyList<InvokerInfo> Invokers { get; }

    /// <summary>Whether invoker <paramref name="invoker"/> gets work: Healthy (not Offline after a crash, nor Unhealthy or Unresponsive).</summary>
    bool IsOnline(int invoker);

    /// <summary>Free CPUs per invoker as last reported (burst packs hold CPUs; classic containers share them and take none).</summary>
    IReadOnlyList<int> FreeCpus { get; }

    /// <summary>Free memory per invoker for burst packs, MB, as last reported.</summary>
    IReadOnlyList<long> FreeMemoryMb { get; }
}
