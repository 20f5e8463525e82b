using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Replays the Huawei Cloud 2023 per-minute tables (Joosen et al., "How Does It Function?", SoCC'23;
/// github.com/sir-lab/data-release, README_data_release_2023.md, requests_minute/day_NN.csv): one row per minute with
/// <c>day</c>, <c>time</c> (s from the dataset's start) and one column per function id holding its requests in that
/// minute (empty or NaN: none). Where the function delay table of the same layout is given (function_delay_minute, the
/// function's mean execution time in the minute, read in milliseconds), each call of that minute runs that long; else
/// <see cref="ReplayOptions.Seconds"/>. Platform delay is not replayed: it is what burstsim simulates. A minute's calls
/// are spread over it (uniformly at random from the stream <c>workload.huawei.arrivals</c>, or evenly). Times run
/// from the first row's minute. The rows are read as the replay reaches them: one minute of calls is held at a time.
/// </summary>
/// <param name="Requests">Opens the requests table.</param>
/// <param name="RequestsSource">The requests table's path, for messages.</param>
/// <param name="Delays">Opens the function delay table, or null.</param>
/// <param name="DelaysSource">The delay table's path, for messages.</param>
/// <param name="Options">Memory (the tables give none), run time without a delay, and wait or CPU.</param>
/// <param name="Spread">How a minute's count becomes instants.</param>
public sealed record HuaweiRequestsWorkload(Func<TextReader> Requests, string RequestsSource, Func<TextReader>? Delays, string DelaysSource, ReplayOptions Options, ArrivalSpread Spread = ArrivalSpread.Uniform) : IWorkload
{
    private Totals? _totals;

    /// <summary>Calls in the table (read once, when first asked).</summary>
    /// <exception cref="TraceFormatException">A missing column, a bad cell or rows out of time order (names the file, line and column).</exception>
    public long Calls => (_totals ??= Count()).Calls;

    /// <summary>Functions (columns) of the table.</summary>
    public int Functions => (_totals ??= Count()).Functions;

    /// <inheritdoc/>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"Huawei Cloud 2023 trace {Path.GetFileName(RequestsSource)}: {Functions} functions, {Calls} calls");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The table has more calls than a run can number.</exception>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        ArgumentNullException.ThrowIfNull(streams);
        if (Calls > int.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{RequestsSource} holds {Calls} calls, more than the {int.MaxValue} one run can number; replay fewer days"));
        }

        // Every call is one plain function of the same memory, its run time known from the tables: no pass is needed to bound the run.
        var totals = _totals ??= Count();
        string file = Path.GetFileName(RequestsSource);
        return new StreamedJobs((int)Calls, () => Replay(streams.Open("workload.huawei.arrivals"), defaultMemoryMb).GetEnumerator())
        {
            MemoryMbAtMost = Options.MemoryMb ?? defaultMemoryMb,
            MemoryMbAtLeast = Options.MemoryMb ?? defaultMemoryMb,
            WithoutPhases = true,
            FunctionsTotal = Calls, // one function per call
            FunctionSecondsAtLeast = totals.FunctionSeconds,
            JobSecondsAtLeast = totals.FunctionSeconds,
            CallsHeldAtMost = totals.Busiest,
            CallsHeldWhere = string.Create(CultureInfo.InvariantCulture, $"the minute on line {totals.BusiestLine} of {file}"),
            CallsInFlightAtLeast = totals.LongCalls,
            CallsInFlightWhere = string.Create(CultureInfo.InvariantCulture, $"the minute on line {totals.LongLine} of {file}"),
        };
    }

    private Totals Count()
    {
        long calls = 0, busiest = 0, longCalls = 0;
        int functions = 0, busiestLine = 0, longLine = 0;
        double functionSeconds = 0;
        foreach (var minute in Minutes())
        {
            functions = minute.Counts.Length;
            long inMinute = 0, longInMinute = 0;
            for (int f = 0; f < minute.Counts.Length; f++)
            {
                int c = minute.Counts[f];
                double seconds = Seconds(minute, f);
                inMinute += c;
                functionSeconds += c * seconds;
                longInMinute += seconds >= 60 ? c : 0;
            }

            calls += inMinute;
            (busiest, busiestLine) = inMinute > busiest ? (inMinute, minute.Line) : (busiest, busiestLine);
            (longCalls, longLine) = longInMinute > longCalls ? (longInMinute, minute.Line) : (longCalls, longLine);
        }

        return new Totals(calls, functions, functionSeconds, busiest, busiestLine, longCalls, longLine);
    }

    /// <summary>What each call of function <paramref name="f"/> runs in <paramref name="minute"/>, s: the delay table's mean, else the workload's seconds.</summary>
    private double Seconds(Minute minute, int f) => minute.DelaysMs is { } d && double.IsFinite(d[f]) ? d[f] / 1000.0 : Options.Seconds;

    private IEnumerable<JobRequest> Replay(StreamRandom arrivals, int defaultMemoryMb)
    {
        var pending = new List<(long Ticks, long Sequence, int Function, double Seconds)>();
        string[]? names = null;
        long drawn = 0;
        int jobId = 0;
        double origin = double.NaN;
        foreach (var minute in Minutes())
        {
            names ??= minute.Names;
            origin = double.IsNaN(origin) ? minute.TimeS : origin;
            long start = SimTime.FromSeconds(minute.TimeS - origin).Ticks;

            // Calls of earlier minutes before this one's first instant are final: none still to be drawn comes before it.
            pending.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Sequence.CompareTo(b.Sequence));
            int ready = 0;
            while (ready < pending.Count && pending[ready].Ticks < start)
            {
                var call = pending[ready++];
                yield return Job(jobId++, call.Ticks, names[call.Function], call.Seconds, defaultMemoryMb);
            }

            pending.RemoveRange(0, ready);
            for (int f = 0; f < minute.Counts.Length; f++)
            {
                int count = minute.Counts[f];
                double seconds = Seconds(minute, f);
                for (int k = 0; k < count; k++)
                {
                    double within = Spread == ArrivalSpread.Even ? (k + 0.5) / count : arrivals.NextDouble();
                    pending.Add((SimTime.FromSeconds(minute.TimeS - origin + (within * 60.0)).Ticks, drawn++, f, seconds));
                }
            }
        }

        pending.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Sequence.CompareTo(b.Sequence));
        foreach (var call in pending)
        {
            yield return Job(jobId++, call.Ticks, names![call.Function], call.Seconds, defaultMemoryMb);
        }
    }

    private JobRequest Job(int id, long ticks, string function, double seconds, int defaultMemoryMb)
    {
        var work = Options.Work(seconds);
        return new JobRequest(id, new SimTime(ticks), "huawei", function, 1, Options.MemoryMb ?? defaultMemoryMb, _ => work, Action: "huawei/" + function);
    }

    /// <summary>The tables' rows in order, the delay table's row beside the requests' row of the same minute.</summary>
    private IEnumerable<Minute> Minutes()
    {
        using var text = Requests();
        var table = new TraceTable(text, RequestsSource);
        int time = table.Require("time");
        table.Require("day");
        int[] columns = [.. Enumerable.Range(0, table.Header.Length).Where(i => table.Header[i] is not ("day" or "time"))];
        string[] names = [.. columns.Select(i => table.Header[i])];
        using var delayText = Delays?.Invoke();
        var delays = delayText is null ? null : new TraceTable(delayText, DelaysSource);
        int[]? delayColumns = delays is null ? null : [.. names.Select(delays.Require)];
        int delayTime = delays?.Require("time") ?? -1;
        double last = double.NegativeInfinity;
        double first = double.NaN;
        while (table.Read())
        {
            double at = table.Double(time);
            if (at < last + 60)
            {
                throw table.Bad(time, string.Create(CultureInfo.InvariantCulture, $"{at} s comes less than a minute after the row above ({last} s); the rows must be minutes in time order"));
            }

            // Times count from the first row's minute; one beyond the simulated span is refused before a SimTime is made of it.
            first = double.IsNaN(first) ? at : first;
            if (at - first > TraceTable.MaxArrivalS)
            {
                throw table.TooFarInFuture(time, at, first);
            }

            last = at;
            var counts = new int[columns.Length];
            for (int i = 0; i < columns.Length; i++)
            {
                counts[i] = Count(table, columns[i]);
            }

            double[]? delayMs = null;
            if (delays is not null)
            {
                if (!delays.Read() || delays.Double(delayTime) != at)
                {
                    throw new TraceFormatException(DelaysSource, delays.Line, "time", string.Create(CultureInfo.InvariantCulture, $"no row for time {at} s, the requests table's line {table.Line}; give the delay table of the same days"));
                }

                delayMs = [.. delayColumns!.Select(c => Optional(delays, c, duration: true))];
            }

            yield return new Minute(at, names, counts, delayMs, table.Line);
        }
    }

    /// <summary>A count cell: empty or NaN is none; a float must be whole (pandas writes 2.0 in a column with NaN).</summary>
    private static int Count(TraceTable table, int column)
    {
        double value = Optional(table, column);
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (value >= 0 && value == Math.Floor(value) && value > int.MaxValue)
        {
            throw table.Bad(column, string.Create(CultureInfo.InvariantCulture, $"{table.Text(column)} requests is too many for one minute; the largest value accepted is {int.MaxValue}"));
        }

        // 1e-400 and 0.000...01 parse as 0 (underflow) though they are no whole number, as .5 is not (hostile11 L4).
        bool underflow = value == 0 && table.Text(column).Split('e', 'E')[0].Any(c => c is >= '1' and <= '9');
        return !underflow && value >= 0 && value == Math.Floor(value) ? (int)value : throw table.Bad(column, $"'{Shown(table.Text(column))}' is not a whole number of requests");
    }

    /// <summary>A cell as quoted in a message: at most 40 characters, so 5,000 zeros do not flood it.</summary>
    private static string Shown(string cell) => cell.Length <= 40 ? cell : string.Concat(cell.AsSpan(0, 40), "...");

    /// <summary>A cell that may be empty or NaN (none: NaN); a <paramref name="duration"/> is a delay in ms, at most <see cref="TraceTable.MaxDurationS"/>.</summary>
    private static double Optional(TraceTable table, int column, bool duration = false)
    {
        string cell = table.Text(column);
        return cell.Length == 0 || cell.Equals("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN
            : duration ? table.Duration(column, milliseconds: true) : table.Double(column);
    }

    private sealed record Minute(double TimeS, string[] Names, int[] Counts, double[]? DelaysMs, int Line);

    /// <summary>The table's calls and functions, its function-seconds, its busiest minute and the minute with the most calls of a minute or longer (with their lines).</summary>
    private sealed record Totals(long Calls, int Functions, double FunctionSeconds, long Busiest, int BusiestLine, long LongCalls, int LongLine);
}
