using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// One job of N identical functions with a given body: CPU work, then waiting (I/O, sleep), and
/// optionally a storage client (the FaaSBatch I/O-bound case). The general form of sleep and Monte Carlo.
/// </summary>
/// <param name="Functions">Functions in the job.</param>
/// <param name="Work">What each function does.</param>
/// <param name="Function">Function (action) name; FaaSBatch batches by it.</param>
/// <param name="Tenant">Namespace the job runs under.</param>
/// <param name="MemoryMb">Memory per function; null for the runtime default.</param>
public sealed record FixedWorkWorkload(int Functions, FunctionWork Work, string Function = "fn", string Tenant = "guest", int? MemoryMb = null) : IWorkload
{
    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"{Functions} x {Function} ({Work.CpuSeconds:0.###} CPU-s + {Work.WaitSeconds:0.###} s wait{(Work.NeedsStorageClient ? ", storage client" : string.Empty)})");

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        var work = Work;
        return [new JobRequest(0, SimTime.Zero, Tenant, Function, Functions, MemoryMb ?? defaultMemoryMb, _ => work) { SameWork = work }];
    }
}
