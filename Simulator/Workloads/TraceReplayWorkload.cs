using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>Replays a trace: one job per row at its arrival time (see <see cref="TraceCsvReader"/>). No randomness.</summary>
/// <param name="Invocations">Rows sorted by arrival.</param>
/// <param name="Source">Where the trace came from, for the description.</param>
public sealed record TraceReplayWorkload(IReadOnlyList<TraceInvocation> Invocations, string Source) : IWorkload
{
    /// <inheritdoc/>
    public string Description => $"trace replay of {Path.GetFileName(Source)} ({Invocations.Count} jobs, {Invocations.Sum(i => (long)i.Functions)} functions)";

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        var jobs = new JobRequest[Invocations.Count];
        for (int k = 0; k < jobs.Length; k++)
        {
            var row = Invocations[k];
            var work = row.Work;
            jobs[k] = new JobRequest(k, SimTime.FromSeconds(row.ArrivalS), row.Tenant, row.Function, row.Functions, row.MemoryMb ?? defaultMemoryMb, _ => work);
        }

        return jobs;
    }
}
