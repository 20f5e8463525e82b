using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary>
/// The FaaSBatch family (<c>faasbatch:NAME</c>): calls are sent one by one as in classic, the controller batches them per
/// function with this rule, and a batch container lives by FaaSBatch's own pool rules (keep time, cleanup period) unless a
/// keep-alive policy is chosen.
/// </summary>
public abstract class BatchingFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.FaaSBatch;

    /// <summary>Makes the dispatch rule for one run.</summary>
    /// <param name="context">The invokers, clock, history and this policy's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IBatchingPolicy Create(PolicyContext context, PolicyOptions options);

    /// <summary>Several functions per container: "batch".</summary>
    public override string GranularityLabel(PolicyOptions options) => "batch";

    /// <inheritdoc/>
    /// <exception cref="InvalidSetupException">A batch container fits on no invoker.</exception>
    public override void CheckFeasible(RunSetup setup, IReadOnlyList<JobRequest> jobs, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(setup);
        int memory = setup.Parameters.FaaSBatch.ContainerMemoryMb;
        int room = setup.Cluster.Invokers.Max(i => i.UserMemoryMb - Invoker.StemCellsLeastMb(setup.Parameters.Invoker));
        if (memory > room)
        {
            throw new InvalidSetupException(
                $"FaaSBatch containers of {memory} MB fit on no invoker (the largest invoker's user memory, cluster.memory_mb or cluster.invokers[].memory_mb, is {setup.Cluster.Invokers.Max(i => i.UserMemoryMb)} MB, {room} MB less the stem cells that stay); lower platform.faasbatch.container_memory_mb to at most {room} or raise cluster.memory_mb",
                "platform.faasbatch.container_memory_mb");
        }
    }

    // No MostFunctionsAtOnce(Overall): a dispatch tick sends all of a function's pending calls as one batch into one
    // container, however many, so nothing bounds the functions running at once; a streamed trace's memory bound (calls
    // of one minute that all outlast it are in flight together) still applies to FaaSBatch.

    internal override string? WhyNotAllAtOnce(RunSetup setup, int functions, int memoryMb) =>
        functions > setup.Parameters.Client.MaxWorkers ? $"platform.client.max_workers is {setup.Parameters.Client.MaxWorkers}; raise it to at least {functions}" : null;
}
