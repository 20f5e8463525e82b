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
