namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>
/// The classic family (<c>classic:NAME</c>): OpenWhisk with one activation per function, placed by this balancer.
/// Derive, name it, declare its options and make one <see cref="IInvokerBalancer"/> per controller.
/// </summary>
public abstract class BalancerFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.Classic;

    /// <summary>Makes controller <see cref="PolicyContext.Controller"/>'s balancer for one run.</summary>
    /// <param name="context">The invokers, clock, history and this balancer's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IInvokerBalancer Create(PolicyContext context, PolicyOptions options);

    /// <summary>One function per container: "1".</summary>
    public override string GranularityLabel(PolicyOptions options) => "1";

    internal override string? WhyNotAllAtOnce(RunSetup setup, int functions, int memoryMb)
    {
        var p = setup.Parameters;
        int chunk = p.Client.CallsPerActivation;
        int activations = (functions + chunk - 1) / chunk; // map(chunksize): one activation per chunk of calls
        int containers = setup.Cluster.Invokers.Sum(i => i.UserMemoryMb / memoryMb);
        return chunk > p.Client.WorkerProcesses && functions > p.Client.WorkerProcesses ? $"platform.client.chunksize is {chunk} with worker_processes {p.Client.WorkerProcesses}, so calls of a chunk wait for a process; set worker_processes to at least the chunksize"
            : activations > p.Client.MaxWorkers ? $"platform.client.max_workers is {p.Client.MaxWorkers}; raise it to at least {activations}"
            : activations > p.Controller.ConcurrentLimit ? $"platform.controller.concurrent_limit is {p.Controller.ConcurrentLimit}; raise it to at least {activations}"
            : activations > containers ? $"the invokers' user memory holds {containers} containers of {memoryMb} MB; raise cluster.memory_mb"
            : null;
    }

    /// <summary>
    /// Each activation holds a container of the job's memory (OpenWhisk memory slots: at most user memory / memory per
    /// invoker), a job has at most platform.client.max_workers activations out (Lithops' invoker tokens, returned when
    /// an activation's last call ends), and an activation runs at most min(chunksize, worker_processes) calls at once.
    /// The controller's concurrent_limit is left out: with several controllers each enforces a dilated share of it.
    /// </summary>
    public override long? MostFunctionsAtOnce(RunSetup setup, Workloads.JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(job);
        var client = setup.Parameters.Client;
        long containers = setup.Cluster.Invokers.Sum(i => (long)(i.UserMemoryMb / Math.Max(1, job.MemoryMb)));
        long activations = Math.Min(containers, client.MaxWorkers);
        return activations < 1 ? null : activations * Math.Max(1, Math.Min(client.CallsPerActivation, client.WorkerProcesses));
    }

    /// <summary>
    /// Each activation holds a container of at least <paramref name="memoryMb"/> (at most user memory / memory per
    /// invoker, whatever the job) and runs at most min(chunksize, worker_processes) calls at once; max_workers is per job
    /// and the controllers' concurrent_limit a dilated share each, so neither bounds many jobs together.
    /// </summary>
    public override long? MostFunctionsAtOnceOverall(RunSetup setup, int memoryMb)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var client = setup.Parameters.Client;
        long containers = setup.Cluster.Invokers.Sum(i => (long)(i.UserMemoryMb / Math.Max(1, memoryMb)));
        return containers < 1 ? null : containers * Math.Max(1, Math.Min(client.CallsPerActivation, client.WorkerProcesses));
    }

    /// <summary>"g=1 (classic)".</summary>
    public override string GranularityCategory(PolicyOptions options) => "g=1 (classic)";

    /// <summary>The user memory of each invoker, MB (OpenWhisk sizes the memory slots by it).</summary>
    protected static int[] UserMemoryMb(PolicyContext context) => [.. context.Invokers.Select(i => i.UserMemoryMb)];

    /// <summary>What one container can ever get on each invoker, MB (user memory less the stem cells that stay).</summary>
    protected static int[] PoolRoomMb(PolicyContext context) => [.. context.Invokers.Select(i => i.PoolRoomMb)];
}
