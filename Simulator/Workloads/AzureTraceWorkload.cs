using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Replays an Azure Functions 2019 trace window: each minute's invocations of a function are spread
/// over that minute (uniformly at random or evenly), each invocation is a job of one function whose
/// duration is drawn from the function's duration percentiles (linear interpolation), and each app's
/// memory is drawn once from its memory percentiles (rounded up to whole MB; the runtime default when
/// the app has no memory row). Tenant = owner hash; each function is its own action (app hash/function
/// hash), so functions never share containers under any policy. Arrivals are relative to
/// the window's first minute.
/// </summary>
/// <param name="Trace">The window read by <see cref="AzureTraceReader"/>.</param>
/// <param name="Spread">How a minute's count becomes instants.</param>
/// <param name="DurationAs">Whether a duration is waiting or CPU work.</param>
/// <param name="Source">Where the trace came from, for the description.</param>
public sealed record AzureTraceWorkload(AzureTrace Trace, ArrivalSpread Spread = ArrivalSpread.Uniform, DurationKind DurationAs = DurationKind.Wait, string Source = "azure") : IWorkload
{
    /// <summary>Memory, MB, of the apps the memory file lacks (or of all apps when the day has none, days 13 and 14); null for the runtime's (platform.runtime.runtime_memory_mb).</summary>
    public int? MemoryMb { get; init; }

    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"Azure Functions 2019 trace {Source}: {Trace.Functions.Count} functions, {Trace.Invocations} invocations in minutes {Trace.StartMinute}-{Trace.StartMinute + Trace.Minutes}");

    /// <inheritdoc/>
    /// <remarks>
    /// The jobs are streamed (<see cref="StreamedJobs"/>): made minute by minute as they are read, with the draws a
    /// function's calls would get had every call of the window been drawn function by function, minute by minute (each
    /// function's place in the arrival and duration streams is found once, by skipping the draws of the functions
    /// before it), so the jobs are the same whichever way they are read, and only one minute of calls is held.
    /// </remarks>
    /// <exception cref="ArgumentException">The window has more invocations than a run can number (2^31 - 1).</exception>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var arrivals = streams.Open("workload.azure.arrivals");
        var durations = streams.Open("workload.azure.durations");
        var memories = streams.Open("workload.azure.memory");

        // One memory draw per app, in order of first appearance, so the draws do not depend on dictionary order.
        var appMemory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in Trace.Functions)
        {
            if (!appMemory.ContainsKey(f.App))
            {
                appMemory[f.App] = f.MemoryMb is { } curve ? Math.Max(1, (int)Math.Ceiling(curve.Sample(memories))) : MemoryMb ?? defaultMemoryMb;
            }
        }

        long calls = Trace.Functions.Sum(f => f.PerMinute.Sum(c => (long)c));
        if (calls > int.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the trace window holds {calls} invocations, more than the {int.MaxValue} one run can number; replay a shorter window (start_minute, minutes) or fewer functions (max_functions)"));
        }

        // Each function's place in the streams is found when the jobs are first made: skipping a window of two billion
        // calls takes seconds, which the checks that refuse such a window need not wait for.
        var plan = new Lazy<FunctionPlan[]>(() => Plan(arrivals, durations, appMemory), LazyThreadSafetyMode.ExecutionAndPublication);

        // Every job is one plain function with its app's memory: the run's checks need no pass to know that.
        var (least, held, heldMinute, inFlight, inFlightMinute) = Bounds();
        return new StreamedJobs((int)calls, () => Replay(plan.Value).GetEnumerator())
        {
            MemoryMbAtMost = appMemory.Count == 0 ? 0 : appMemory.Values.Max(),
            MemoryMbAtLeast = appMemory.Count == 0 ? null : appMemory.Values.Min(),
            WithoutPhases = true,
            FunctionsTotal = calls,
            RunSeconds = () => DrawnSeconds(plan.Value),
            ArrivalSecondsAtMost = Trace.Minutes * 60.0,
            FunctionSecondsAtLeast = least,
            JobSecondsAtLeast = least,
            CallsHeldAtMost = held,
            CallsHeldWhere = Where(heldMinute),
            CallsInFlightAtLeast = inFlight,
            CallsInFlightWhere = Where(inFlightMinute),
        };
    }

    /// <summary>Where each function's draws begin in the arrival and duration streams (skipping the draws of the functions before it), and what its calls share.</summary>
    private FunctionPlan[] Plan(StreamRandom arrivals, StreamRandom durations, Dictionary<string, int> appMemory)
    {
        arrivals = arrivals.Clone();
        durations = durations.Clone();
        var plan = new FunctionPlan[Trace.Functions.Count];
        long calls = 0;
        for (int fi = 0; fi < plan.Length; fi++)
        {
            var f = Trace.Functions[fi];
            long total = f.PerMinute.Sum(c => (long)c);
            plan[fi] = new FunctionPlan(arrivals.Clone(), durations.Clone(), calls, appMemory[f.App], $"{f.App}/{f.Function}");
            if (Spread == ArrivalSpread.Uniform)
            {
                arrivals.Skip(total);
            }

            durations.Skip(total);
            calls += total;
        }

        return plan;
    }

    /// <summary>
    /// Bounds known from the counts and the duration curves alone: function-seconds at least (each call at its function's
    /// shortest duration percentile), the busiest minute's calls (Replay draws and sorts a minute's calls before handing
    /// out the first), and the most calls of one minute whose function never runs under a minute (all in flight at its end).
    /// </summary>
    private (double Least, long Held, int HeldMinute, long InFlight, int InFlightMinute) Bounds()
    {
        double least = 0;
        long held = 0, inFlight = 0;
        int heldMinute = 0, inFlightMinute = 0;
        for (int m = 0; m < Trace.Minutes; m++)
        {
            long minute = 0, longCalls = 0;
            foreach (var f in Trace.Functions)
            {
                int count = f.PerMinute[m];
                minute += count;
                least += count * f.DurationMs.Min / 1000.0;
                longCalls += f.DurationMs.Min >= 60_000 ? count : 0;
            }

            (held, heldMinute) = minute > held ? (minute, m) : (held, heldMinute);
            (inFlight, inFlightMinute) = longCalls > inFlight ? (longCalls, m) : (inFlight, inFlightMinute);
        }

        return (least, held, heldMinute, inFlight, inFlightMinute);
    }

    private string Where(int minute) => string.Create(CultureInfo.InvariantCulture, $"minute {Trace.StartMinute + minute + 1} of {Source} (its column {Trace.StartMinute + minute + 1})");

    /// <summary>
    /// Every call's duration, s, function by function: the same draws <see cref="Replay"/> gives each function's calls
    /// (a function's durations come from its own place in the duration stream, apart from its arrivals), without the
    /// arrivals, the sort into arrival order or the jobs.
    /// </summary>
    private IEnumerable<double> DrawnSeconds(FunctionPlan[] plan)
    {
        for (int fi = 0; fi < plan.Length; fi++)
        {
            var f = Trace.Functions[fi];
            var durations = plan[fi].Durations.Clone();
            for (int m = 0; m < Trace.Minutes; m++)
            {
                for (int k = 0; k < f.PerMinute[m]; k++)
                {
                    yield return f.DurationMs.Sample(durations) / 1000.0;
                }
            }
        }
    }

    /// <summary>
    /// The window's calls in arrival order (ties in the order the calls were drawn: function, then minute), one
    /// minute at a time: a call drawn in minute m arrives within [m, m + 1) minutes, or at m + 1 exactly when its
    /// instant rounds up to the next tick, so the calls before minute m + 1's first instant are final once minute m
    /// is drawn; the few at that instant wait for the next minute's.
    /// </summary>
    private IEnumerable<JobRequest> Replay(FunctionPlan[] plan)
    {
        int n = plan.Length;
        var arrivals = new StreamRandom[n];
        var durations = new StreamRandom[n];
        var made = new long[n];
        for (int fi = 0; fi < n; fi++)
        {
            arrivals[fi] = plan[fi].Arrivals.Clone();
            durations[fi] = plan[fi].Durations.Clone();
        }

        var pending = new List<PendingCall>();
        int jobId = 0;
        for (int m = 0; m < Trace.Minutes; m++)
        {
            for (int fi = 0; fi < n; fi++)
            {
                var f = Trace.Functions[fi];
                int count = f.PerMinute[m];
                for (int k = 0; k < count; k++)
                {
                    double within = Spread == ArrivalSpread.Even ? (k + 0.5) / count : arrivals[fi].NextDouble();
                    double seconds = f.DurationMs.Sample(durations[fi]) / 1000.0;
                    var work = DurationAs == DurationKind.Cpu ? FunctionWork.Cpu(seconds) : FunctionWork.Sleep(seconds);
                    pending.Add(new PendingCall(SimTime.FromSeconds((m + within) * 60.0).Ticks, plan[fi].FirstCall + made[fi]++, fi, work));
                }
            }

            pending.Sort();
            long nextMinute = m + 1 < Trace.Minutes ? SimTime.FromSeconds((m + 1) * 60.0).Ticks : long.MaxValue;
            int ready = 0;
            while (ready < pending.Count && pending[ready].Ticks < nextMinute)
            {
                var (ticks, _, fi, work) = pending[ready++];
                var f = Trace.Functions[fi];
                yield return new JobRequest(jobId++, new SimTime(ticks), f.Owner, f.Function, 1, plan[fi].MemoryMb, _ => work, Action: plan[fi].Action);
            }

            pending.RemoveRange(0, ready);
        }
    }

    /// <summary>Where a function's draws begin in the arrival and duration streams, its first call's place in draw order, and what each call shares.</summary>
    private sealed record FunctionPlan(StreamRandom Arrivals, StreamRandom Durations, long FirstCall, int MemoryMb, string Action);

    /// <summary>A call drawn but not yet handed out: its arrival tick, its place in draw order (the tie-break), function and work.</summary>
    /// <remarks>
    /// Ordered by its own <see cref="CompareTo"/> rather than a comparison delegate: the sort then calls it directly (a
    /// delegate call per comparison was 4 % of a replay's model thread). No two calls share a sequence, so any sort
    /// gives the same order.
    /// </remarks>
    private readonly record struct PendingCall(long Ticks, long Sequence, int Function, FunctionWork Work) : IComparable<PendingCall>
    {
        /// <summary>Arrival order: by tick, then by place in draw order.</summary>
        public int CompareTo(PendingCall other) => Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : Sequence.CompareTo(other.Sequence);
    }
}
