using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Figures;

/// <summary>
/// The name of a lone paper Lithops panel never lies over a plotted dot, on real runs whose every corner holds dots
/// (review 24c HIGH 1: "burst:g=6 (real)" covered calls 40-47). The files are copies of
/// ../shared/calibration/invocation-48/gran{2,6,48}.csv (OpenWhisk runs of 48 sleep(5) functions), kept in
/// Figures/Real so the test runs wherever the repository does. Geometry is read from the SVG as drawn: each text
/// element of the name against every filled ellipse (the dots; the legend's dots sit in the strip above).
/// </summary>
public sealed partial class ImportedPanelNameTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("gran2.csv", "3.5in")]
    [InlineData("gran6.csv", "3.5in")]
    [InlineData("gran6.csv", "7in")]
    [InlineData("gran48.csv", "3.5in")]
    public void The_panel_name_of_an_imported_burst_run_covers_no_dot(string file, string width)
    {
        using var folder = new TempFolder();
        var result = Shell.Run("import", Repository.File(Path.Combine("tests", "Scenarios.Tests", "Figures", "Real", file)), "--out", folder["out"], "--style", "paper", "--width", width);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());

        foreach (string figure in new[] { "lithops-timeline.svg", "lithops-histogram.svg" })
        {
            string svg = File.ReadAllText(folder["out/figures/" + figure]);
            // "burst:g=6 (real)" may be wrapped over two text elements ("burst:g=6", "(real)").
            var name = Texts(svg).Where(t => t.Text.Contains("burst:g=", StringComparison.Ordinal) || t.Text == "(real)").ToArray();
            Assert.NotEmpty(name);
            var dots = Ellipses(svg).ToArray();
            Assert.True(figure != "lithops-timeline.svg" || dots.Length > 48, $"{figure}: {dots.Length} dots");
            foreach (var t in name)
            {
                // The text's box: from its x, at most 0.62 em a character wide, from an em above its baseline to a quarter below.
                double x0 = t.X, x1 = t.X + (0.62 * t.Size * t.Text.Length), y0 = t.Y - t.Size, y1 = t.Y + (0.25 * t.Size);
                Assert.All(dots, d => Assert.False(d.Cx + d.R > x0 && d.Cx - d.R < x1 && d.Cy + d.R > y0 && d.Cy - d.R < y1,
                    $"{file} {width} {figure}: a dot at ({d.Cx:0.#}, {d.Cy:0.#}) under \"{t.Text}\" at ({x0:0.#}-{x1:0.#}, {y0:0.#}-{y1:0.#})"));
            }
        }
    }

    private static IEnumerable<(double Cx, double Cy, double R)> Ellipses(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "ellipse").Where(e => (string?)e.Attribute("fill") is not (null or "none"))
            .Select(e => (Number(e, "cx"), Number(e, "cy"), Number(e, "rx")));

    // A text's string, its baseline start (x, y attributes plus its translate) and its font size.
    private static IEnumerable<(string Text, double X, double Y, double Size)> Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(t =>
        {
            var m = Translate().Match((string?)t.Attribute("transform") ?? "");
            var (dx, dy) = m.Success ? (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)) : (0, 0);
            return (t.Value.Trim(), First(t, "x") + dx, First(t, "y") + dy, Number(t, "font-size"));
        });

    private static double First(XElement e, string name) => Parse(((string?)e.Attribute(name) ?? "0").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

    private static double Number(XElement e, string name) => e.Attribute(name) is { } a ? Parse((string)a) : 0;

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Translate();
}
