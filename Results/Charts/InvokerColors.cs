namespace Burstsim.Results.Charts;

/// <summary>
/// The invoker colours of one figure: each invoker seen gets its own colour, or, beyond
/// <see cref="Palette.MaxInvokerColors"/> invokers, consecutive invokers share a group colour and
/// one legend entry ("invoker0-invoker1"), so that no colour means two things in a figure.
/// </summary>
internal sealed class InvokerColors
{
    private readonly Dictionary<int, int> _group = [];

    public InvokerColors(IEnumerable<TimelineRow> rows)
    {
        var invokers = new SortedDictionary<int, string>();
        foreach (var r in rows)
        {
            invokers.TryAdd(r.InvokerIndex, r.InvokerName ?? "");
        }

        var ordered = invokers.ToArray();
        int groups = Math.Clamp(ordered.Length, 1, Palette.MaxInvokerColors);
        var colors = Palette.ForInvokers(groups);
        var labels = new List<(string, string)>();
        for (int g = 0; g < groups; g++)
        {
            // Invokers split into equal runs, in index order.
            int first = g * ordered.Length / groups;
            int last = ((g + 1) * ordered.Length / groups) - 1;
            for (int i = first; i <= last; i++)
            {
                _group[ordered[i].Key] = g;
            }

            if (last >= first)
            {
                labels.Add((first == last ? ordered[first].Value : $"{ordered[first].Value}\u2013{ordered[last].Value}", colors[g]));
            }
        }

        Legend = labels;
        Colors = colors;
    }

    /// <summary>Legend entries in invoker order: label and colour.</summary>
    public IReadOnlyList<(string Label, string Color)> Legend { get; }

    private IReadOnlyList<string> Colors { get; }

    public string For(int invokerIndex) => Colors[_group.GetValueOrDefault(invokerIndex)];
}
