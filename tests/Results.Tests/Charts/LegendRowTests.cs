using Burstsim.Results.Charts;
using ScottPlot;

namespace Burstsim.Results.Tests.Charts;

/// <summary>The paper legend strip's rows are balanced: no entry left alone on a last row (review 24c L7).</summary>
public sealed class LegendRowTests
{
    // The paper strip's legend holding the given entries, as ChartLegend.Strip configures it.
    private static (Legend Legend, LegendItem[] Items) Strip(IEnumerable<string> labels)
    {
        var source = ChartStyle.NewPlot(FigureStyle.Paper(3.5));
        foreach (var label in labels)
        {
            ChartLegend.Patch(source, label, Colors.Gray);
        }

        var strip = ChartLegend.Strip(FigureStyle.Paper(3.5), source.Legend.ManualItems, 252, out _);
        return (strip.Legend, strip.Legend.ManualItems.ToArray());
    }

    private static int[] Rows(ILegendLayout layout, Legend legend, LegendItem[] items, float width)
    {
        using var paint = Paint.NewDisposablePaint();
        return [.. layout.GetLayout(legend, items, new PixelSize(width, 200), paint).LabelRects.GroupBy(r => r.Top).OrderBy(g => g.Key).Select(g => g.Count())];
    }

    private static float OneRowWidth(Legend legend, LegendItem[] items)
    {
        using var paint = Paint.NewDisposablePaint();
        return new ScottPlot.LegendLayouts.Wrapping().GetLayout(legend, items, new PixelSize(100000, 200), paint).LegendRect.Width;
    }

    [Fact]
    public void Four_entries_that_wrap_take_two_rows_of_two()
    {
        var (legend, items) = Strip(["48 functions", "96 functions", "480 functions", "960 functions"]);
        Assert.IsType<BalancedLegendLayout>(legend.Layout);
        // 80% of one row's width holds three entries: unbalanced, the fourth sat alone on a second row.
        float width = OneRowWidth(legend, items) * 0.8f;
        Assert.Equal([3, 1], Rows(new ScottPlot.LegendLayouts.Wrapping(), legend, items, width));
        Assert.Equal([2, 2], Rows(legend.Layout, legend, items, width));
    }

    [Theory]
    [InlineData(5, 0.7)]
    [InlineData(7, 0.45)]
    [InlineData(9, 0.3)]
    public void Rows_differ_by_at_most_one_entry_and_are_no_more_than_needed(int entries, double share)
    {
        var (legend, items) = Strip(Enumerable.Range(1, entries).Select(i => $"{i * 48} functions"));
        float width = OneRowWidth(legend, items) * (float)share;
        int[] plain = Rows(new ScottPlot.LegendLayouts.Wrapping(), legend, items, width);
        int[] rows = Rows(legend.Layout, legend, items, width);
        Assert.Equal(entries, rows.Sum());
        Assert.Equal(plain.Length, rows.Length);
        Assert.True(rows.Max() - rows.Min() <= 1, string.Join(" ", rows));
    }

    [Fact]
    public void Entries_that_fit_one_row_stay_on_it()
    {
        var (legend, items) = Strip(["g=1", "g=2", "g=4"]);
        Assert.Equal([3], Rows(legend.Layout, legend, items, OneRowWidth(legend, items) + 10));
    }
}
