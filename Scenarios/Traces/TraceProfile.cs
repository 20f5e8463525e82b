namespace Burstsim.Scenarios.Traces;

/// <summary>A trace measured per function: what <c>burstsim trace stats</c> prints and <c>trace sample</c> draws from.</summary>
/// <param name="Format">The trace's format, as a scenario's <c>workload.type</c> names it (azure for the 2019 trace).</param>
/// <param name="Files">The trace's files, as given.</param>
/// <param name="Minutes">The trace's length, minutes: its minute columns or rows for per-minute formats, else the span from first to last arrival (at least 1).</param>
/// <param name="Functions">Every function called at least once, in file order.</param>
internal sealed record TraceProfile(string Format, IReadOnlyList<string> Files, double Minutes, IReadOnlyList<FunctionProfile> Functions)
{
    /// <summary>Run times below this, s, count as this on the logarithmic scale (a 0 s call would have no logarithm): one microsecond, the simulation clock's tick.</summary>
    public const double ShortestDurationS = 1e-6;

    /// <summary>Calls of every function.</summary>
    public long Invocations => Functions.Sum(f => f.Invocations);

    /// <summary>Whether the trace gives any function's run time.</summary>
    public bool HasDurations => Functions.Any(f => f.MeanDurationS is not null);

    /// <summary>Whether the trace gives any function's memory.</summary>
    public bool HasMemory => Functions.Any(f => f.MemoryMb is not null);

    /// <summary>Mean calls per minute of <paramref name="function"/> over the trace.</summary>
    public double RatePerMinute(FunctionProfile function) => function.Invocations / Minutes;

    /// <summary>The per-function quantities compared between a trace and its sample (those the trace gives), each value above 0.</summary>
    public IReadOnlyList<(string Quantity, double[] Values)> Quantities(IEnumerable<FunctionProfile>? functions = null)
    {
        var of = (functions ?? Functions).ToArray();
        var quantities = new List<(string, double[])> { ("rate (calls/min)", [.. of.Select(RatePerMinute)]) };
        if (HasDurations)
        {
            quantities.Add(("mean duration (s)", [.. of.Where(f => f.MeanDurationS is not null).Select(f => Math.Max(f.MeanDurationS!.Value, ShortestDurationS))]));
        }

        if (HasMemory)
        {
            quantities.Add(("memory (MB)", [.. of.Where(f => f.MemoryMb is not null).Select(f => f.MemoryMb!.Value)]));
        }

        return quantities;
    }
}
