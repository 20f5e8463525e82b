using Burstsim.Results.Charts;
using ScottPlot;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// Paper figures of many policies give each policy a facet of at least 60 pt (review 24c: 28 pt facets, 16 pt of data for
/// 960 functions, were unreadable), so seven fill most of a column page (under 8 in); two stay under 4.5 in; every Lithops
/// panel keeps round call ticks.
/// </summary>
public sealed class PaperHeightTests
{
    private static readonly FigureStyle Column = FigureStyle.Paper(3.5);

    // paper-startup's seven policies (classic and burst g=2..48), 960 functions each.
    private static readonly TimelinePanel[] Seven =
        [.. new[] { "classic", "burst g=2", "burst g=4", "burst g=6", "burst g=12", "burst g=24", "burst g=48" }.Select(t => ChartSamples.LargeBurst(960, 20) with { Title = t })];

    public static TheoryData<string> Kinds() => ["timeline", "lithops-timeline", "lithops-histogram"];

    private static ChartFigure Draw(string kind, IReadOnlyList<TimelinePanel> panels, FigureStyle style) => kind switch
    {
        "timeline" => TimelineChart.Render(panels, TimelineChart.Defaults with { Style = style }),
        "lithops-timeline" => LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Style = style }),
        _ => LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Style = style }),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Seven_policies_get_facets_of_at_least_60_pt_within_a_column_page(string kind)
    {
        var figure = Draw(kind, Seven, Column);

        // Seven 60 pt facets (420 pt, 5.8 in), the legend strip and the time axis (and the timeline's running panel).
        Assert.InRange(figure.Inches.Height, 6.0, 8.0);
        var facets = figure.Plots.Where(p => p.Axes.Right.TickGenerator.Ticks.Any(t => t.Label.Length > 0)).ToArray();
        Assert.Equal(Seven.Length, facets.Length);
        Assert.DoesNotContain(figure.Notes, n => n.StartsWith("The figure is ", StringComparison.Ordinal));
        // Each policy keeps its name beside its panel, and one y label serves all the policy panels.
        foreach (string title in Seven.Select(p => p.Title))
        {
            Assert.Contains(figure.Plots, p => p.Axes.Right.TickGenerator.Ticks.Any(t => t.Label.Replace('\n', ' ') == title));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Two_policies_stay_under_four_and_a_half_inches_without_a_height_note(string kind)
    {
        var figure = Draw(kind, Seven[..2], Column);

        Assert.InRange(figure.Inches.Height, 1, 4.5);
        Assert.DoesNotContain(figure.Notes, n => n.StartsWith("The figure is ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_lithops_timeline_panel_has_two_or_three_round_call_ticks()
    {
        var figure = LithopsCharts.Timeline(Seven, LithopsCharts.Defaults with { Style = Column });

        // The policy panels: each carries its name on the right axis (the side label is a plot of its own).
        var panels = figure.Plots.Where(p => p.Axes.Right.TickGenerator.Ticks.Any(t => t.Label.Length > 0)).ToArray();
        Assert.Equal(Seven.Length, panels.Length);
        foreach (var plot in panels)
        {
            var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray();
            Assert.Equal(["0", "500"], ticks);
        }
    }
}

/// <summary>A box plot's long axis label fits a 3 in paper figure.</summary>
public sealed class PaperBoxplotLabelTests
{
    [Fact]
    public void A_long_x_label_breaks_onto_two_lines_at_3_in_and_stays_one_line_at_7_in()
    {
        const string label = "policy (n = 48 to 960 functions per box, one replication)";
        var options = BoxplotChart.Defaults with { XLabel = label };

        string narrow = BoxplotChart.Render(ChartSamples.GroupedBoxes(), options with { Style = FigureStyle.Paper(3) }).Plots.Select(p => p.Axes.Bottom.Label.Text).Single(t => t.StartsWith("policy", StringComparison.Ordinal));
        string wide = BoxplotChart.Render(ChartSamples.GroupedBoxes(), options with { Style = FigureStyle.Paper(7) }).Plots.Select(p => p.Axes.Bottom.Label.Text).Single(t => t.StartsWith("policy", StringComparison.Ordinal));

        Assert.Contains('\n', narrow);
        Assert.Equal(label, narrow.Replace('\n', ' '));
        Assert.Equal(label, wide);
    }
}
