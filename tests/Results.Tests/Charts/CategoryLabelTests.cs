using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class CategoryLabelTests
{
    [Fact]
    public void Breaks_labels_wider_than_their_slot_at_spaces_so_they_do_not_run_together()
    {
        string[] policies = ["classic", "burst g=2", "burst g=4", "burst g=6", "burst g=12", "burst g=24", "burst g=48"];
        var boxes = policies.Select((p, i) => (p, "startup", (IReadOnlyList<double>)[1.0 + i, 2.0 + i, 3.0 + i])).ToArray();

        string svg = BoxplotChart.Render(boxes, BoxplotChart.Defaults with { Style = FigureStyle.Paper(3.5) }).ToSvg();

        // At 3.5 in a slot is about 26 pt, "burst g=12" about 42 pt at 7 pt: two lines, "burst" and "g=12".
        Assert.DoesNotContain(">burst g=12</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">g=12</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">classic</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_labels_that_fit_on_one_line()
    {
        var boxes = new[] { ("burst g=12", "startup", (IReadOnlyList<double>)[1.0, 2, 3]), ("classic", "startup", (IReadOnlyList<double>)[2.0, 3, 4]) };

        string svg = BoxplotChart.Render(boxes, BoxplotChart.Defaults with { Style = FigureStyle.Paper(7) }).ToSvg();

        Assert.Contains(">burst g=12</text>", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burst g=12", 6, "burst\ng=12")]
    [InlineData("a b c", 3, "a b\nc")]
    [InlineData("averyLongWord x", 4, "averyLongWord\nx")]
    public void Wraps_words_into_lines_of_at_most_the_given_characters(string text, int characters, string expected) =>
        Assert.Equal(expected, ChartText.Wrap(text, characters));
}
