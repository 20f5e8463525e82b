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
    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"Azure Functions 2019 trace {Source}: {Trace.Functions.Count} functions, {Trace.Invocations} invocations in minutes {Trace.StartMinute}-{Trace.StartMinute + Trace.Minutes}");

    /// <inheritdoc/>
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
                appMemory[f.App] = f.MemoryMb is { } curve ? Math.Max(1, (int)Math.Ceiling(curve.Sample(memories))) : defaultMemoryMb;
            }
        }

        var calls = new List<(long Ticks, int Function, int Sequence, FunctionWork Work)>();
        for (int fi = 0; fi < Trace.Functions.Count; fi++)
        {
            var f = Trace.Functions[fi];
            for (int m = 0; m < f.PerMinute.Count; m++)
            {
                int count = f.PerMinute[m];
                for (int k = 0; k < count; k++)
                {
                    double within = Spread == ArrivalSpread.Even ? (k + 0.5) / count : arrivals.NextDouble();
                    double seconds = f.DurationMs.Sample(durations) / 1000.0;
                    var work = DurationAs == DurationKind.Cpu ? FunctionWork.Cpu(seconds) : FunctionWork.Sleep(seconds);
                    calls.Add((SimTime.FromSeconds((m + within) * 60.0).Ticks, fi, calls.Count, work));
                }
            }
        }

        calls.Sort((a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Sequence.CompareTo(b.Sequence));
        var jobs = new JobRequest[calls.Count];
        for (int j = 0; j < jobs.Length; j++)
        {
            var (ticks, fi, _, work) = calls[j];
            var f = Trace.Functions[fi];
            jobs[j] = new JobRequest(j, new SimTime(ticks), f.Owner, f.Function, 1, appMemory[f.App], _ => work, Action: $"{f.App}/{f.Function}");
        }

        return jobs;
    }
}
