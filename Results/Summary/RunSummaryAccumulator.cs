using Burstsim.Results.Csv;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Summary;

/// <summary>
/// Builds one run's <see cref="SummaryRow"/> from the record stream without keeping records: per
/// function it keeps the startup and the func start and end ticks, 4 bytes each while a run spans
/// under 35 minutes (<see cref="TickColumn"/>), grown with the rows up to the size <see cref="Expect"/> gives;
/// past a million values each column writes sorted runs to a temporary file, so its memory does not grow with a
/// long trace and the summary stays exact. Distinct invoker names are kept as a set (the name strings are the model's
/// own, shared, not copies); distinct containers, which a long trace creates without end, as the numbers in their
/// names (<see cref="DistinctNames"/>), so the strings are let go with their containers. Not thread-safe.
/// </summary>
public sealed class RunSummaryAccumulator : IActivationSink
{
    private const int ParallelSortRows = 100_000; // below this a sort takes under 10 ms: not worth the threads

    private readonly TickColumn _startups;
    private readonly TickColumn _funcStartups; // worker_func_start - host_job_create: the start-up the burst paper's Figure 1 plots
    private readonly TickColumn _funcStarts;
    private readonly TickColumn _funcEnds;
    private readonly DistinctNames _containers = new(); // a day's trace uses hundreds of thousands: kept as numbers, not names
    private readonly HashSet<string> _invokers = new(StringComparer.Ordinal);
    private long _firstCreate = long.MaxValue;
    private long _lastEnd = long.MinValue;
    private long _lastAttemptEnd = long.MinValue; // over every row, failed and retried attempts too
    private Int128 _startupTicks;
    private int _coldStarts;
    private int _coldFunctions;
    private readonly HashSet<(int Job, int Function)> _coldRetried = []; // functions whose retried attempt paid a cold start (only under faults)
    private int _rows;
    private int _failed;
    private int _retried;
    private long _busyTicks;
    private bool _sorted = true;
    private ActivationRecord? _last;
    private Int128 _commTicks;
    private Int128 _syncTicks;
    private long _expected;

    public RunSummaryAccumulator(RunContext context, int expectedFunctions = 0)
        : this(context, expectedFunctions, TickColumn.DefaultSpillRows)
    {
    }

    /// <summary>An accumulator whose columns spill to a temporary file past <paramref name="spillRows"/> values each (tests pass a small number).</summary>
    internal RunSummaryAccumulator(RunContext context, int expectedFunctions, int spillRows)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedFunctions);
        Context = context;
        _expected = expectedFunctions;
        _startups = new TickColumn(spillRows);
        _funcStartups = new TickColumn(spillRows);
        _funcStarts = new TickColumn(spillRows);
        _funcEnds = new TickColumn(spillRows);
    }

    public RunContext Context { get; }

    /// <summary>Functions with a final row (succeeded or failed); retried attempts are not counted again.</summary>
    public int Functions => _rows - _retried;

    /// <summary>Every row added, attempts included.</summary>
    public int Rows => _rows;

    /// <summary>
    /// From the first job's creation to the last worker end of any attempt, s (0 before any row): how long the cluster
    /// was in use even when no function succeeded, which leaves the makespan undefined.
    /// </summary>
    public double AttemptsSpanS => _rows == 0 ? 0 : Math.Max(0, (_lastAttemptEnd - _firstCreate) / (double)SimTime.TicksPerSecond);

    /// <summary>Sum of worker_end - worker_start over every attempt, s: workers' wall time (not CPU time: the cost columns' busy_cpu_s is the model's CPU time used).</summary>
    public double BusyCpuSeconds => _busyTicks / (double)SimTime.TicksPerSecond;

    public void Add(ActivationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.WorkerFuncEnd < record.WorkerFuncStart)
        {
            // The concurrency sweep pairs every start with a later end; a reversed pair is a model bug.
            throw new ArgumentException(
                $"Function {record.FunctionId} of job {record.JobId}: worker_func_end ({record.WorkerFuncEnd}) is before worker_func_start ({record.WorkerFuncStart}).",
                nameof(record));
        }

        if (_rows == 0 && _expected > 0)
        {
            // A hint, not an allocation: the columns grow with the rows, while the run's in-flight state (which
            // peaks before rows arrive) is being let go, instead of taking their full size at the first row.
            int capacity = (int)Math.Min(_expected, Array.MaxLength);
            _startups.CapacityHint = capacity;
            _funcStartups.CapacityHint = capacity;
            _funcStarts.CapacityHint = capacity;
            _funcEnds.CapacityHint = capacity;
        }

        _commTicks += record.CommTime.Ticks;
        _syncTicks += record.SyncTime.Ticks;
        _rows++;
        _busyTicks += (record.WorkerEnd - record.WorkerStart).Ticks;
        switch (record.Status)
        {
            case ActivationStatus.Retried:
                _retried++;
                break;
            case ActivationStatus.Failed:
                _failed++;
                break;
            default:
                // Startup statistics describe the attempts that ran to the end.
                _startups.Add(record.Startup.Ticks);
                _funcStartups.Add((record.WorkerFuncStart - record.HostJobCreate).Ticks);
                _startupTicks += record.Startup.Ticks;
                break;
        }

        _funcStarts.Add(record.WorkerFuncStart.Ticks);
        _funcEnds.Add(record.WorkerFuncEnd.Ticks);
        _firstCreate = Math.Min(_firstCreate, record.HostJobCreate.Ticks);
        _lastAttemptEnd = Math.Max(_lastAttemptEnd, record.WorkerEnd.Ticks);
        // The makespan's critical path, over the attempts that ran to the end (a lost or failed attempt's worker
        // times say when it was lost, not when work ended); on a tie the lowest (job, function), so arrival order
        // does not matter.
        if (record.Status == ActivationStatus.Success
            && (_last is null || record.WorkerEnd.Ticks > _lastEnd
                || (record.WorkerEnd.Ticks == _lastEnd && (record.JobId, record.FunctionId).CompareTo((_last.JobId, _last.FunctionId)) < 0)))
        {
            _last = record;
            _lastEnd = record.WorkerEnd.Ticks;
        }

        // "(none)": an attempt lost before it had a container or an invoker.
        if (record.Container != "(none)")
        {
            _containers.Add(record.Container);
        }

        if (record.Invoker != "(none)")
        {
            _invokers.Add(record.Invoker);
        }
        // Per function: cold_starts counts a function once if any attempt paid a cold start (a retried attempt's row
        // comes before its function's final row); cold_start_ratio looks at the final attempt only.
        if (record.Status == ActivationStatus.Retried)
        {
            if (record.ColdStart)
            {
                _coldRetried.Add((record.JobId, record.FunctionId));
            }
        }
        else
        {
            bool retriedCold = _coldRetried.Count > 0 && _coldRetried.Remove((record.JobId, record.FunctionId));
            if (record.ColdStart || retriedCold)
            {
                _coldStarts++;
            }

            if (record.ColdStart)
            {
                _coldFunctions++;
            }
        }

        _sorted = false;
    }

    /// <summary>Sizes the per-function lists for <paramref name="functions"/> rows when the first row arrives.</summary>
    public void Expect(long functions) => _expected = Math.Max(0, functions);

    /// <summary>Every function's startup in seconds, ascending (for boxplots and CDFs). A live view of the accumulator: read it before adding more records.</summary>
    public IReadOnlyList<double> StartupSeconds
    {
        get
        {
            SortIfNeeded();
            return _startups.AsSeconds();
        }
    }

    /// <summary>
    /// The running-functions step function over the whole run: one point per instant where the
    /// count changes. A function runs on [func start, func end): at an instant where one function
    /// ends and another starts the ends count first, so back-to-back functions never overlap and
    /// zero-length functions never count as running.
    /// </summary>
    public IReadOnlyList<ConcurrencyStep> RunningFunctions()
    {
        SortIfNeeded();
        var steps = new List<ConcurrencyStep>();
        foreach (var (ticks, running) in Sweep())
        {
            steps.Add(new ConcurrencyStep(ticks / (double)SimTime.TicksPerSecond, running));
        }

        return steps;
    }

    /// <summary>The summary of everything added so far.</summary>
    public SummaryRow ToSummaryRow()
    {
        SortIfNeeded();
        int n = _startups.Count;
        int functions = Functions;

        // The peak's sweep reads only the start and end columns, the percentiles only the two startup columns, each
        // column through its own cursor: a long run's (a day's trace: four merges of 20 M values read back from the
        // spilled runs) are read side by side, the same values in the same order as one after the other.
        var sweep = _funcStarts.Count >= ParallelSortRows ? Task.Run(PeakConcurrency) : null;
        double p50 = StartupPercentiles.Percentile(_startups, 0.50);
        double p95 = StartupPercentiles.Percentile(_startups, 0.95);
        double p99 = StartupPercentiles.Percentile(_startups, 0.99);
        double max = n == 0 ? double.NaN : new SimSpan(_startups[n - 1]).Seconds;
        double funcP50 = StartupPercentiles.Percentile(_funcStartups, 0.50);
        double funcMax = n == 0 ? double.NaN : new SimSpan(_funcStartups[n - 1]).Seconds;
        int peak = sweep is null ? PeakConcurrency() : sweep.GetAwaiter().GetResult();

        return new SummaryRow(
            Context,
            Functions: functions,
            MakespanS: _last is null ? double.NaN : (_lastEnd - _firstCreate) / (double)SimTime.TicksPerSecond,
            StartupP50S: p50,
            StartupP95S: p95,
            StartupP99S: p99,
            StartupMaxS: max,
            // From the exact tick sum, so the mean does not depend on the order records arrived in.
            StartupMeanS: n == 0 ? double.NaN : (double)_startupTicks / n / SimTime.TicksPerSecond,
            PeakConcurrency: peak,
            Containers: _containers.Count,
            ColdStarts: _coldStarts,
            InvokersUsed: _invokers.Count)
        {
            CriticalStartupS = _last is null ? double.NaN : ((_last.PathOrigin ?? _last.WorkerStart) - _last.HostJobCreate).Seconds,
            CriticalComputeS = _last?.PathComputeTime.Seconds ?? 0,
            CriticalCommS = _last?.PathCommTime.Seconds ?? 0,
            CommMeanS = n == 0 ? 0 : (double)_commTicks / n / SimTime.TicksPerSecond,
            SyncMeanS = n == 0 ? 0 : (double)_syncTicks / n / SimTime.TicksPerSecond,
            Failed = _failed,
            Retried = _retried,
            ColdStartRatio = functions == 0 ? double.NaN : _coldFunctions / (double)functions,
            Attempts = _rows,
            FuncStartupP50S = funcP50,
            FuncStartupMaxS = funcMax,
        };
    }

    /// <summary>The most functions running at once (0 for none).</summary>
    private int PeakConcurrency()
    {
        int peak = 0;
        foreach (var (_, running) in Sweep())
        {
            peak = Math.Max(peak, running);
        }

        return peak;
    }

    private void SortIfNeeded()
    {
        if (_sorted)
        {
            return;
        }

        // Order within these lists carries no meaning (records arrive in completion order), so sort in place.
        // The three sorts are independent: side by side they take a third off a 10^7-function run's last seconds.
        if (_startups.Count >= ParallelSortRows)
        {
            Parallel.Invoke(_startups.Sort, _funcStartups.Sort, _funcStarts.Sort, _funcEnds.Sort);
        }
        else
        {
            _startups.Sort();
            _funcStartups.Sort();
            _funcStarts.Sort();
            _funcEnds.Sort();
        }

        _sorted = true;
    }

    /// <summary>Merges the sorted starts and ends; at each distinct instant, ends before starts. Yields only changes.</summary>
    private IEnumerable<(long Ticks, int Running)> Sweep()
    {
        int n = _funcStarts.Count;
        int s = 0, e = 0, running = 0, reported = 0;
        while (s < n || e < n)
        {
            // Add guarantees end >= start per function, so ends never run out before starts.
            long at = s < n ? Math.Min(_funcStarts[s], _funcEnds[e]) : _funcEnds[e];
            while (e < n && _funcEnds[e] == at)
            {
                running--;
                e++;
            }

            while (s < n && _funcStarts[s] == at)
            {
                running++;
                s++;
            }

            if (running != reported)
            {
                reported = running;
                yield return (at, running);
            }
        }
    }
}
