using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class BoxplotLogAxisTests
{
    private static readonly (string, string, IReadOnlyList<double>)[] Boxes =
    [
        ("g=1", "48 functions", [3.0, 5, 7, 9, 16, 17, 18]),
        ("g=48", "48 functions", [1.3, 1.4, 1.5, 1.6, 1.7]),
    ];

    [Fact]
    public void Labels_a_log_axis_with_plain_values_and_keeps_the_statistics()
    {
        var figure = BoxplotChart.Render(Boxes, BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }, logY: true);
        string svg = figure.ToSvg();

        Assert.Contains(">10</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">2</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">1.0</text>", svg, StringComparison.Ordinal); // not log10 units as labels
        // The CSV gives the values themselves, not their logarithms.
        Assert.Contains("g=48,48 functions,box,5,1.3,1.4,1.5,1.6", figure.Data.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Falls_back_to_a_linear_axis_when_a_value_is_not_above_zero()
    {
        (string, string, IReadOnlyList<double>)[] withZero = [("a", "s", [0.0, 1, 2]), ("b", "s", [10.0, 20, 30])];

        string log = BoxplotChart.Render(withZero, BoxplotChart.Defaults, logY: true).ToSvg();
        string linear = BoxplotChart.Render(withZero, BoxplotChart.Defaults).ToSvg();

        Assert.Equal(linear, log);
    }
}
