using System.Collections;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// The jobs of a long trace, made as they are read instead of held: each enumeration makes them afresh, in arrival
/// order, from the trace and the run's random streams (so every pass sees the same jobs), and only what one step
/// needs is alive at a time. A run schedules each arrival when the one before it starts (PlatformRun), so its memory
/// holds what is in flight, not the trace. Reading by index walks from the last index read (forward is cheap, going
/// back starts again from the first job); count and totals are known without a pass.
/// </summary>
public sealed class StreamedJobs : IReadOnlyList<JobRequest>
{
    private readonly Func<IEnumerator<JobRequest>> _open;
    private IEnumerator<JobRequest>? _cursor;
    private int _cursorIndex = -1;

    /// <summary>A list of <paramref name="count"/> jobs that <paramref name="open"/> makes, in arrival order, each time it is called.</summary>
    /// <param name="count">Jobs <paramref name="open"/> yields.</param>
    /// <param name="open">Makes the jobs afresh; must yield the same jobs, in the same order, on every call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public StreamedJobs(int count, Func<IEnumerator<JobRequest>> open)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(open);
        Count = count;
        _open = open;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>
    /// An upper bound, MB, on every job's <see cref="JobRequest.MemoryMb"/> when the workload knows one without making
    /// the jobs (the Azure trace: the largest app memory it drew); null when it does not. A check for jobs too large for
    /// the cluster makes a pass over the jobs only when this bound is above the limit (or unknown): each pass over a
    /// day's trace makes its 20.6 M jobs again.
    /// </summary>
    public int? MemoryMbAtMost { get; init; }

    /// <summary>
    /// True when no job has <see cref="JobRequest.Phases"/> (trace replays: every call is one plain function), so the
    /// exchange check needs no pass over the jobs; false when unknown.
    /// </summary>
    public bool WithoutPhases { get; init; }

    /// <summary>
    /// Every job's longest function run, s (CPU plus waiting), one value per job in no particular order, drawn without
    /// making the jobs (the Azure trace draws only the durations, function by function); null when the workload cannot.
    /// With <see cref="ArrivalSecondsAtMost"/> it lets the load's horizon check skip its pass over the jobs, which
    /// would make the trace's jobs again (sorting each minute's calls into arrival order) only to read their durations.
    /// </summary>
    public Func<IEnumerable<double>>? RunSeconds { get; init; }

    /// <summary>
    /// The sum of every job's <see cref="JobRequest.Functions"/> when the workload knows it without making the jobs (a
    /// trace: its call count, one function per call); null when it does not. The run's count of requested functions
    /// then takes no pass, which made a day's 20.6 M jobs once more before the first one ran.
    /// </summary>
    public long? FunctionsTotal { get; init; }

    /// <summary>An upper bound, s, on every job's <see cref="JobRequest.Arrival"/> (a trace: its window's length); null when unknown.</summary>
    public double? ArrivalSecondsAtMost { get; init; }

    /// <summary>
    /// A lower bound, s, on the function-seconds of all the jobs (every function's CPU plus waiting, summed), known without
    /// making the jobs (the Azure trace: each call at its function's shortest duration percentile); null when unknown. With
    /// the most functions a policy can run at once on the cluster it bounds the run's span from below, so a trace that
    /// could never be replayed within the clock is refused before it starts.
    /// </summary>
    public double? FunctionSecondsAtLeast { get; init; }

    /// <summary>
    /// A lower bound, s, on the sum over jobs of each job's longest function: the time the Lithops monitor polls for, at
    /// least (for traces of one call per job it equals <see cref="FunctionSecondsAtLeast"/>); null when unknown.
    /// </summary>
    public double? JobSecondsAtLeast { get; init; }

    /// <summary>A lower bound, MB, on every job's <see cref="JobRequest.MemoryMb"/>; null when unknown.</summary>
    public int? MemoryMbAtLeast { get; init; }

    /// <summary>
    /// The most calls the replay holds at once before handing them out (a minute table: its busiest minute's calls, all
    /// drawn and sorted before the first is handed out); null when the replay holds one call at a time or it is unknown.
    /// </summary>
    public long? CallsHeldAtMost { get; init; }

    /// <summary>
    /// A lower bound on the calls in flight (arrived and not yet ended, queued or running) at one instant whatever the
    /// policy: calls arriving in the same minute that each run at least a minute are all still in flight at its end; null when unknown.
    /// </summary>
    public long? CallsInFlightAtLeast { get; init; }

    /// <summary>The job with the most function-seconds, when the workload knows it without a pass (a trace's largest row); null when unknown.</summary>
    public JobRequest? LargestJob { get; init; }

    /// <summary>Where <see cref="LargestJob"/> comes from, for messages (e.g. "line 2 of trace.csv"); null when unknown.</summary>
    public string? LargestJobWhere { get; init; }

    /// <summary>
    /// About how many rows of a per-invocation file out of arrival order the replay holds at once to sort them
    /// (<see cref="TraceRowStream.RowsHeldEstimate"/>); null for a file in arrival order or a workload without one.
    /// </summary>
    public long? RowsReorderedAbout { get; init; }

    /// <summary>What sets <see cref="RowsReorderedAbout"/>, for messages (e.g. "line 3000001 of trace.csv arrives 6000 s before line 2"); null when unknown.</summary>
    public string? RowsReorderedWhy { get; init; }

    /// <summary>Where <see cref="CallsHeldAtMost"/> is reached, for messages (e.g. "minute 1 of invocations.csv, column 1"); null when unknown.</summary>
    public string? CallsHeldWhere { get; init; }

    /// <summary>Where <see cref="CallsInFlightAtLeast"/> is reached, for messages; null when unknown.</summary>
    public string? CallsInFlightWhere { get; init; }

    /// <summary>The job at <paramref name="index"/>, found by walking the trace (see the class remarks).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, Count).</exception>
    public JobRequest this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (_cursor is null || index < _cursorIndex)
            {
                _cursor?.Dispose();
                _cursor = _open();
                _cursorIndex = -1;
            }

            while (_cursorIndex < index)
            {
                if (!_cursor.MoveNext())
                {
                    throw new InvalidOperationException($"the trace yielded {_cursorIndex + 1} jobs, not the {Count} it announced");
                }

                _cursorIndex++;
            }

            return _cursor.Current;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<JobRequest> GetEnumerator()
    {
        using var jobs = _open();
        int made = 0;
        while (jobs.MoveNext())
        {
            made++;
            yield return jobs.Current;
        }

        if (made != Count)
        {
            throw new InvalidOperationException($"the trace yielded {made} jobs, not the {Count} it announced");
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
