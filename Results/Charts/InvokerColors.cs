namespace Burstsim.Results.Charts;

/// <summary>
/// The invoker colours of one figure: each invoker seen gets its own colour, or, beyond
/// <see cref="Palette.MaxInvokerColors"/> invokers, runs of consecutive invokers share a group colour
/// and one legend entry ("invoker0-invoker1"), so that no colour means two things in a figure.
/// </summary>
internal sealed class InvokerColors
{
    private readonly Dictionary<int, string> _colors;

    public InvokerColors(IEnumerable<TimelineRow> rows)
    {
        var invokers = rows.DistinctBy(r => r.InvokerIndex).OrderBy(r => r.InvokerIndex).ToArray();
        var colors = Palette.ForInvokers(Math.Clamp(invokers.Length, 1, Palette.MaxInvokerColors));
        // Invoker i of n joins run ceil((i + 1) * runs / n) - 1: runs of equal length, give or take one.
        var runs = invokers.Select((r, i) => (r, i)).GroupBy(x => (((x.i + 1) * colors.Count) - 1) / invokers.Length, x => x.r).ToArray();
        _colors = runs.SelectMany(run => run.Select(r => (r.InvokerIndex, colors[run.Key]))).ToDictionary();
        Legend = [.. runs.Select(run => (run.Count() == 1 ? run.First().InvokerName : $"{run.First().InvokerName}\u2013{run.Last().InvokerName}", colors[run.Key]))];
        First = colors[0];
    }

    /// <summary>Legend entries in invoker order: label and colour.</summary>
    public IReadOnlyList<(string Label, string Color)> Legend { get; }

    /// <summary>The first colour, which a figure without any invoker still has.</summary>
    public string First { get; }

    public string For(int invokerIndex) => _colors.GetValueOrDefault(invokerIndex, First);
}
