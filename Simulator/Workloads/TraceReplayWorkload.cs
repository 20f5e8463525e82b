using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Replays a trace: one job per row at its arrival time (see <see cref="TraceCsvReader"/> and <see cref="PublicTraceReaders"/>).
/// No randomness. Rows given as a <see cref="TraceRowStream"/> are streamed: the jobs are made as the trace is read.
/// </summary>
/// <param name="Invocations">Rows sorted by arrival.</param>
/// <param name="Source">Where the trace came from, for the description.</param>
public sealed record TraceReplayWorkload(IReadOnlyList<TraceInvocation> Invocations, string Source) : IWorkload
{
    /// <inheritdoc/>
    public string Description => $"trace replay of {Path.GetFileName(Source)} ({Invocations.Count} jobs, {(Invocations is TraceRowStream s ? s.Functions : Invocations.Sum(i => (long)i.Functions))} functions)";

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        if (Invocations is TraceRowStream stream)
        {
            // The bounds the first read of the file measured: a trace that cannot be replayed is refused without a pass.
            return new StreamedJobs(stream.Count, () => Replay(stream, defaultMemoryMb).GetEnumerator())
            {
                FunctionsTotal = stream.Functions,
                FunctionSecondsAtLeast = stream.FunctionSeconds,
                JobSecondsAtLeast = stream.CallSeconds,
                MemoryMbAtLeast = stream.EveryCallHasMemory ? stream.MemoryMbAtLeast : Math.Min(stream.MemoryMbAtLeast ?? defaultMemoryMb, defaultMemoryMb),
                LargestJob = stream.Largest is { } largest ? Job(0, largest.Call with { ArrivalS = largest.Call.ArrivalS - stream.OriginS }, defaultMemoryMb) : null,
                LargestJobWhere = stream.Largest is { } at ? $"line {at.Line} of {Path.GetFileName(stream.Source)}" : null,
                RowsReorderedAbout = stream.DisorderAt is null ? null : stream.RowsHeldEstimate,
                RowsReorderedWhy = stream.DisorderAt is { } d
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stream.Source} is out of arrival order by up to {stream.DisorderS:G4} s (line {d.Line} arrives {stream.DisorderS:G4} s before line {d.Before} above it)")
                    : null,
            };
        }

        var jobs = new JobRequest[Invocations.Count];
        for (int k = 0; k < jobs.Length; k++)
        {
            jobs[k] = Job(k, Invocations[k], defaultMemoryMb);
        }

        return jobs;
    }

    private static IEnumerable<JobRequest> Replay(TraceRowStream rows, int defaultMemoryMb)
    {
        int k = 0;
        foreach (var row in rows)
        {
            yield return Job(k++, row, defaultMemoryMb);
        }
    }

    private static JobRequest Job(int id, TraceInvocation row, int defaultMemoryMb)
    {
        var work = row.Work;
        return new JobRequest(id, SimTime.FromSeconds(row.ArrivalS), row.Tenant, row.Function, row.Functions, row.MemoryMb ?? defaultMemoryMb, _ => work, row.Action);
    }
}
