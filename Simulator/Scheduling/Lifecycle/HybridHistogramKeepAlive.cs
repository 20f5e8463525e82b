using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// The hybrid histogram policy of Shahrad et al., "Serverless in the Wild", USENIX ATC'20, section 4.2. Per application
/// (here: the fully qualified action, which is what a container runs) it keeps a histogram of idle times (IT: from the
/// end of an execution to the next invocation, 1-minute bins over 4 hours). When the histogram is representative it
/// sets a pre-warming window at the head percentile (5th) lowered by the margin (10%) and a keep-alive window ending
/// at the tail percentile (99th) raised by the margin: with a non-zero pre-warming window the container is unloaded
/// right after the call (<see cref="KeepAlive"/> returns zero) and loaded again that long after the call
/// (<see cref="AfterRemoval"/>), then kept for tail - head; with a zero pre-warming window it simply stays for the
/// tail. When the histogram is not representative (fewer than the minimum in-range ITs, a bin-count coefficient of
/// variation at or below the threshold, or more ITs out of range than in it) it falls back to the standard keep-alive:
/// no unloading, kept for the fallback (the histogram range). The paper's ARIMA forecast for apps whose ITs are mostly
/// out of range is not implemented; they get the same standard keep-alive. Windows are recomputed at each decision
/// from everything seen so far. One instance per run.
/// </summary>
internal sealed class HybridHistogramKeepAlive : IKeepAlivePolicy, IPrewarmPolicy
{
    private static readonly long TicksPerMinute = 60 * SimTime.TicksPerSecond;

    private readonly HybridHistogramSettings _settings;
    private readonly Dictionary<string, Application> _apps = new(StringComparer.Ordinal);
    private readonly HashSet<int> _unloaded = [];

    /// <summary>A policy with <paramref name="settings"/> (the paper's defaults when null).</summary>
    /// <exception cref="ArgumentException">The settings do not hold together.</exception>
    public HybridHistogramKeepAlive(HybridHistogramSettings? settings = null)
    {
        _settings = settings ?? new HybridHistogramSettings();
        _settings.Validate();
    }

    /// <summary>The windows the policy would use for <paramref name="action"/> now.</summary>
    public HybridWindows Windows(string action)
    {
        var fallback = new HybridWindows(SimSpan.Zero, Minutes(_settings.FallbackMinutes), FromHistogram: false);
        if (!_apps.TryGetValue(action, out var app))
        {
            return fallback;
        }

        var h = app.Histogram;
        if (h.InRange < _settings.MinObservations || h.OutOfBounds > h.InRange || h.BinCountCv() <= _settings.CvThreshold)
        {
            return fallback;
        }

        // Head: the lower edge of the head percentile's bin; tail: the upper edge of the tail percentile's bin.
        double head = h.BinOf(_settings.HeadPercentile) * (1 - _settings.Margin);
        double tail = (h.BinOf(_settings.TailPercentile) + 1) * (1 + _settings.Margin);
        return new HybridWindows(Minutes(head), Minutes(Math.Max(0, tail - head)), FromHistogram: true);
    }

    /// <inheritdoc/>
    public SimSpan KeepAlive(IdleContainer container)
    {
        var app = App(container.Action);
        if (app.LastEnd is not { } end || container.IdleSince > end)
        {
            app.LastEnd = container.IdleSince;
        }

        var windows = Windows(container.Action);
        if (windows.PreWarm.Ticks > 0)
        {
            _unloaded.Add(container.Id);
            return SimSpan.Zero;
        }

        return windows.KeepAlive;
    }

    /// <inheritdoc/>
    public void Invoked(string action, SimTime at)
    {
        var app = App(action);
        if (app.LastEnd is { } end && at >= end)
        {
            // An invocation while an earlier one still runs is not after an idle period of the app: no IT.
            app.Histogram.Add((at - end).Ticks / (double)TicksPerMinute);
            app.LastEnd = null;
        }
    }

    /// <inheritdoc/>
    public PrewarmDecision? AfterRemoval(IdleContainer removed)
    {
        // Only a container unloaded right after its call is loaded again; one whose keep-alive ran out unused is not.
        if (!_unloaded.Remove(removed.Id))
        {
            return null;
        }

        var windows = Windows(removed.Action);
        return windows.PreWarm.Ticks > 0 ? new PrewarmDecision(windows.PreWarm, windows.KeepAlive) : null;
    }

    private static SimSpan Minutes(double minutes) => SimSpan.FromSeconds(minutes * 60.0);

    private Application App(string action)
    {
        if (!_apps.TryGetValue(action, out var app))
        {
            app = new Application(new IdleTimeHistogram(_settings.RangeMinutes));
            _apps[action] = app;
        }

        return app;
    }

    private sealed class Application(IdleTimeHistogram histogram)
    {
        public IdleTimeHistogram Histogram { get; } = histogram;

        /// <summary>End of the app's last execution not yet followed by an invocation.</summary>
        public SimTime? LastEnd { get; set; }
    }
}
