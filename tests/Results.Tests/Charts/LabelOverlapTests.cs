using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// No two texts of a paper timeline or Lithops pair meet, and none leaves the canvas, at any panel count from one to
/// eight and any printed width from 3 to 8 in: each text's box is measured from the SVG as drawn (its glyph positions,
/// font size and transform), so a label that spills into the panel below (the 72 pt panels' "function index" over
/// "running functions") or a legend entry cut by its clip (the strip's last entry at the canvas edge) fails here.
/// </summary>
public sealed partial class LabelOverlapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Names = ["classic", "burst g=2", "burst g=4", "burst g=6", "burst g=12", "burst g=24", "burst g=48", "faasbatch"];

    public static TheoryData<string, int, double> Cases()
    {
        var data = new TheoryData<string, int, double>();
        foreach (string kind in new[] { "timeline", "lithops-timeline", "lithops-histogram" })
        {
            foreach (int panels in new[] { 1, 2, 3, 5, 7, 8 })
            {
                foreach (double inches in new[] { 3.0, 3.5, 5.0, 7.0, 8.0 })
                {
                    data.Add(kind, panels, inches);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_two_texts_overlap_and_none_leaves_the_canvas(string kind, int count, double inches)
    {
        var panels = Names.Take(count).Select((t, i) => ChartSamples.LargeBurst(i % 2 == 0 ? 960 : 96, 20) with { Title = t }).ToArray();
        var style = FigureStyle.Paper(inches);
        var figure = kind switch
        {
            "timeline" => TimelineChart.Render(panels, TimelineChart.Defaults with { Style = style }),
            "lithops-timeline" => LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Style = style }),
            _ => LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Style = style }),
        };

        var boxes = Boxes(figure.ToSvg()).ToArray();

        Assert.Contains(boxes, b => b.Text == (kind == "timeline" ? "function index" : "Function Call"));
        foreach (var b in boxes)
        {
            var clip = b.Clip ?? new Box("canvas", 0, 0, figure.Width, figure.Height, null);
            Assert.True(b.Left >= clip.Left - 0.5 && b.Top >= clip.Top - 0.5 && b.Right <= clip.Right + 0.5 && b.Bottom <= clip.Bottom + 0.5, $"'{b.Text}' {b} is cut by its clip {clip} (canvas {figure.Width} x {figure.Height})");
        }

        for (int i = 0; i < boxes.Length; i++)
        {
            for (int j = i + 1; j < boxes.Length; j++)
            {
                Assert.False(boxes[i].Overlaps(boxes[j]), $"'{boxes[i].Text}' {boxes[i]} overlaps '{boxes[j].Text}' {boxes[j]}");
            }
        }
    }

    [Fact]
    public void The_measure_finds_an_overlap_when_there_is_one()
    {
        // Two labels drawn over each other: the check above must be able to fail.
        string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
            <text transform="matrix(0 -1 1 0 4 60)" font-size="8" x="-20 -15 -10 -5 0 5" y="5">labels</text>
            <text transform="matrix(0 -1 1 0 4 80)" font-size="8" x="-20 -15 -10 -5 0 5" y="5">labels</text>
            </svg>
            """;

        var boxes = Boxes(svg).ToArray();

        Assert.True(boxes[0].Overlaps(boxes[1]));
    }

    // Each text's box on the canvas: glyph x positions from the first to the last glyph plus an advance (0.6 em), from
    // the ascent (0.76 em, DejaVu Sans) above the baseline to the descent (0.24 em) below, through its transform.
    private static IEnumerable<Box> Boxes(string svg)
    {
        var document = XDocument.Parse(svg);
        // Clip rectangles by id: a text inside a clipped group shows only within it (a legend's last entry was cut so).
        var clips = document.Descendants(Svg + "clipPath").Where(c => c.Element(Svg + "rect") is not null).ToDictionary(
            c => (string)c.Attribute("id")!,
            c =>
            {
                var r = c.Element(Svg + "rect")!;
                double At(string name) => r.Attribute(name) is { } a ? Number((string)a) : 0;
                return new Box("clip", At("x"), At("y"), At("x") + At("width"), At("y") + At("height"), null);
            });
        foreach (var text in document.Descendants(Svg + "text"))
        {
            string? clipId = text.Ancestors(Svg + "g").Select(g => (string?)g.Attribute("clip-path")).FirstOrDefault(c => c is not null)?.Replace("url(#", "").TrimEnd(')');
            var clip = clipId is not null && clips.TryGetValue(clipId, out var rect) ? rect : null;
            double size = Number((string)text.Attribute("font-size")!);
            double[] xs = [.. ((string)text.Attribute("x")!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number)];
            double y = Number(((string)text.Attribute("y")!).Split(' ')[0]);
            var (a, b, c, d, e, f) = Transform((string?)text.Attribute("transform") ?? "");
            (double X, double Y)[] corners = [(xs.Min(), y - (0.76 * size)), (xs.Max() + (0.6 * size), y - (0.76 * size)), (xs.Min(), y + (0.24 * size)), (xs.Max() + (0.6 * size), y + (0.24 * size))];
            var page = corners.Select(p => ((a * p.X) + (c * p.Y) + e, (b * p.X) + (d * p.Y) + f)).ToArray();
            yield return new Box(text.Value, page.Min(p => p.Item1), page.Min(p => p.Item2), page.Max(p => p.Item1), page.Max(p => p.Item2), clip);
        }
    }

    private static (double, double, double, double, double, double) Transform(string transform)
    {
        var m = Matrix().Match(transform);
        if (m.Success)
        {
            double[] v = [.. m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number)];
            return (v[0], v[1], v[2], v[3], v[4], v[5]);
        }

        var t = Translate().Match(transform);
        return t.Success ? (1, 0, 0, 1, Number(t.Groups[1].Value), Number(t.Groups[2].Value)) : (1, 0, 0, 1, 0, 0);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"matrix\(([^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Matrix();

    [GeneratedRegex(@"translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Translate();

    private sealed record Box(string Text, double Left, double Top, double Right, double Bottom, Box? Clip)
    {
        // Half a point of slack: glyph boxes are estimates, touching is not overlapping.
        public bool Overlaps(Box other) =>
            Left < other.Right - 0.5 && other.Left < Right - 0.5 && Top < other.Bottom - 0.5 && other.Top < Bottom - 0.5;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.#}, {Top:0.#}]-[{Right:0.#}, {Bottom:0.#}]");
    }
}
