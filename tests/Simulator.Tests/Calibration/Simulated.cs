using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Tests.Calibration;

/// <summary>Runs a setup and keeps what the calibration checks need: startups, makespan and peak concurrency.</summary>
internal sealed class Simulated : IActivationSink
{
    private readonly List<ActivationRecord> _records = [];

    private Simulated()
    {
    }

    public static Simulated Run(RunSetup setup)
    {
        var s = new Simulated();
        s.Outcome = PlatformRun.Execute(setup, s);
        return s;
    }

    public RunOutcome Outcome { get; private set; } = null!;

    public IReadOnlyList<ActivationRecord> Records => _records;

    public void Add(ActivationRecord record) => _records.Add(record);

    public double Makespan => _records.Max(r => r.WorkerEnd.Seconds) - _records.Min(r => r.HostJobCreate.Seconds);

    /// <summary>Most functions between func start and func end at once (ends before starts at equal instants).</summary>
    public int PeakConcurrency
    {
        get
        {
            var edges = _records.SelectMany(r => new[] { (r.WorkerFuncStart.Ticks, 1), (r.WorkerFuncEnd.Ticks, -1) })
                .OrderBy(e => e.Item1).ThenBy(e => e.Item2);
            int running = 0, peak = 0;
            foreach (var (_, d) in edges)
            {
                running += d;
                peak = Math.Max(peak, running);
            }

            return peak;
        }
    }

    /// <summary>Startup percentile by linear interpolation between order statistics (R type 7), as the calibration README's table.</summary>
    public double StartupPercentile(double p)
    {
        var s = _records.Select(r => r.Startup.Seconds).Order().ToArray();
        double h = (s.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, s.Length - 1);
        return s[lo] + ((h - lo) * (s[hi] - s[lo]));
    }
}
