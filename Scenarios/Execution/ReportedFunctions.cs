using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Counts, across the runs of a plan, the functions the model has asked for (<see cref="IActivationSink.Expect"/>) and
/// the rows reported so far, so that the progress display can estimate what is left inside a single long run (a sweep
/// counts finished runs instead). Rows arrive as the Lithops client collects results (each status poll), so the count
/// grows through the run; retried attempts add rows beyond the expected count, which the fraction caps at 1.
/// Thread-safe: each run's rows arrive on its own background thread.
/// </summary>
internal sealed class ReportedFunctions
{
    private long _expected;
    private long _reported;

    /// <summary>Functions the started runs ask for.</summary>
    public long Expected => Interlocked.Read(ref _expected);

    /// <summary>Rows reported so far by every run.</summary>
    public long Reported => Interlocked.Read(ref _reported);

    /// <summary>The share reported, 0 to 1; null while no run has said how many functions it asks for (a cloud provider's run does not).</summary>
    public double? Fraction => Expected is > 0 and var e ? Math.Min(1.0, (double)Reported / e) : null;

    /// <summary>A sink for one run that adds to these counts and keeps nothing.</summary>
    public IActivationSink Sink() => new Counter(this);

    private sealed class Counter(ReportedFunctions counts) : IActivationSink
    {
        public void Add(ActivationRecord record) => Interlocked.Increment(ref counts._reported);

        public void Expect(long functions) => Interlocked.Add(ref counts._expected, functions);
    }
}
