using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

/// <summary>One number of decimals for every tick label of an axis (review 24c L12: "0 0.5 1 1.5 2 2.5", "0.09 0.1 0.11").</summary>
public sealed class TickLabelTests
{
    [Fact]
    public void Labels_of_one_axis_share_their_decimals()
    {
        Assert.Equal(["0.0", "0.5", "1.0", "1.5", "2.0", "2.5"], TickLabels.Uniform([0, 0.5, 1, 1.5, 2, 2.5]));
        Assert.Equal(["0.09", "0.10", "0.11"], TickLabels.Uniform([0.09, 0.1, 0.11]));
        Assert.Equal(["0", "500", "1000", "-3"], TickLabels.Uniform([0, 500, 1000, -3]));
        // Binary noise (0.1 + 0.2) does not ask for 16 decimals; -0 is written 0.
        Assert.Equal(["0.3", "0.6", "0.0"], TickLabels.Uniform([0.1 + 0.2, 0.6, -0.0]));
    }

    [Fact]
    public void A_drawn_linear_axis_labels_every_tick_in_one_format()
    {
        // A box plot of values 0 to 2.6 s: ScottPlot's automatic ticks fall at halves.
        var figure = BoxplotChart.Render([("g=1", "48 functions", [0.0, 0.4, 1.1, 1.9, 2.6])], new ChartOptions { Style = FigureStyle.Paper(3.5) }, logY: false);
        figure.ToSvg();
        var labels = figure.Plots.SelectMany(p => p.Axes.Left.TickGenerator.Ticks).Where(t => t.IsMajor).Select(t => t.Label).ToArray();
        Assert.True(labels.Length >= 3, string.Join(" ", labels));
        int[] decimals = [.. labels.Select(l => l.Contains('.', StringComparison.Ordinal) ? l.Length - l.IndexOf('.', StringComparison.Ordinal) - 1 : 0)];
        Assert.Single(decimals.Distinct());
        Assert.Contains(labels, l => l.Contains('.', StringComparison.Ordinal));
    }
}
