using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Burstsim.Results.Charts;
using Burstsim.Results.Statistics;
using Burstsim.Results.Tests.Golden;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// The paper style as a reviewer checks it: every figure kind at 3.5 and 7 inches keeps its text at 7 pt or more as
/// printed, carries no title, states its size (SVG in inches, PDF page in points, PNG at 300 dpi in its pHYs chunk),
/// and has no shadow; one figure of each layout is pinned by a golden file.
/// </summary>
public sealed partial class PaperStyleTests
{
    private static readonly FigureStyle Column = FigureStyle.Paper(3.5);
    private static readonly FigureStyle Page = FigureStyle.Paper(7);

    public static TheoryData<string, double> Figures()
    {
        var data = new TheoryData<string, double>();
        foreach (string kind in Kinds.Keys)
        {
            data.Add(kind, 3.5);
            data.Add(kind, 7);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<FigureStyle, ChartFigure>> Kinds = new(StringComparer.Ordinal)
    {
        ["timeline"] = s => TimelineChart.Render(ChartSamples.Timeline(), TimelineChart.Defaults with { Style = s }),
        ["boxplot"] = s => BoxplotChart.Render(ChartSamples.GroupedBoxes(), BoxplotChart.Defaults with { XLabel = "granularity", Style = s }),
        ["cdf"] = s => CdfChart.Render(ChartSamples.Cdfs(), CdfChart.Defaults with { Style = s }),
        ["line"] = s => LineChart.Render(ChartSamples.Lines(), ChartSamples.References(), ChartSamples.LineOptions() with { Style = s }, logX: true),
        ["lithops-timeline"] = s => LithopsCharts.Timeline(ChartSamples.Timeline(), LithopsCharts.Defaults with { Style = s }),
        ["lithops-histogram"] = s => LithopsCharts.ActiveCalls(ChartSamples.Timeline(), LithopsCharts.Defaults with { Style = s }),
        ["overlay"] = s => OverlayChart.Render([1.0, 1.5, 2.0], [1.1, 1.4, 2.2, 2.5], OverlayChart.Defaults with { Style = s }),
        ["stacked"] = s => StackedBarChart.Render([("classic", "startup", 3.0), ("classic", "compute", 5), ("burst", "startup", 1), ("burst", "compute", 5)], new ChartOptions { Title = "Makespan by phase", YLabel = "makespan (s)", Style = s }),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Every_text_is_at_least_7_pt_at_the_printed_width(string kind, double inches)
    {
        var figure = Kinds[kind](FigureStyle.Paper(inches));
        var sizes = FontSizes(figure.ToSvg()).ToArray();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= FigureStyle.MinPaperPoints, $"{kind} at {inches} in has {size} pt text"));
        Assert.Equal(inches, figure.Inches.Width, 2);
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Carries_no_title_and_no_shadow(string kind, double inches)
    {
        var screen = SvgText.Texts(Kinds[kind](FigureStyle.Screen).ToSvg());
        string svg = Kinds[kind](FigureStyle.Paper(inches)).ToSvg();
        var paper = SvgText.Texts(svg);

        string[] titles = ["Function timeline", "Startup latency", "Startup latency distribution", "Dispatch interval", "Lithops timeline", "Active calls", "Startup latency: real vs simulated", "distribution", "cumulative distribution", "Makespan by phase"];
        Assert.Contains(screen, titles.Contains);
        Assert.DoesNotContain(paper, titles.Contains);

        // ScottPlot draws a legend's drop shadow as a black rectangle at 25% opacity or so behind it.
        Assert.DoesNotContain(SvgText.Parse(svg).Descendants().Where(e => e.Name.LocalName == "rect"), r => (string?)r.Attribute("fill") == "#000000" && r.Attribute("fill-opacity") is not null);
    }

    [Fact]
    public void Puts_one_shared_legend_strip_above_the_panels()
    {
        var figure = TimelineChart.Render(ChartSamples.Timeline(), TimelineChart.Defaults with { Style = Column });
        var texts = SvgText.Texts(figure.ToSvg());

        // Invokers, submit, setup and the running panel's policies: each named once, in one strip.
        Assert.Equal(1, texts.Count(t => t == "submit"));
        Assert.Equal(1, texts.Count(t => t == "invoker0"));
        Assert.Equal(0, figure.Plots.Skip(1).Sum(p => p.Legend.ManualItems.Count));
        Assert.NotEmpty(figure.Plots[0].Legend.ManualItems);
    }

    [Fact]
    public void Writes_its_resolution_into_the_png()
    {
        byte[] png = Kinds["cdf"](Column).ToPng();

        // The pHYs chunk right after IHDR: 300 dpi = 11811 pixels per metre on both axes, unit metre.
        Assert.Equal("pHYs", Encoding.ASCII.GetString(png, 37, 4));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41)));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(45)));
        Assert.Equal(1, png[49]);
        Assert.Equal(1050, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
    }

    [Fact]
    public void Screen_pngs_state_their_resolution_too()
    {
        byte[] png = Kinds["cdf"](FigureStyle.Screen).ToPng();

        Assert.Equal("pHYs", Encoding.ASCII.GetString(png, 37, 4));
        Assert.Equal(7559u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41))); // 192 dpi
    }

    [Theory]
    [InlineData(3.5, 252)]
    [InlineData(7, 504)]
    public void Makes_the_pdf_page_the_printed_size(double inches, int points)
    {
        var figure = Kinds["boxplot"](FigureStyle.Paper(inches));
        string pdf = Encoding.Latin1.GetString(figure.ToPdf());

        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "no MediaBox");
        Assert.Equal(points, double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), 0);
        Assert.Equal(figure.Height, double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), 0);
    }

    [Fact]
    public void States_its_printed_size_in_the_svg()
    {
        var root = XDocument.Parse(Kinds["line"](Page).ToSvg()).Root!;

        Assert.Equal("7in", (string?)root.Attribute("width"));
        Assert.StartsWith("0 0 504 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paper", "7in", 7)]
    [InlineData("paper", "89mm", 3.504)]
    [InlineData("paper", "3in", 3)]
    [InlineData("PAPER", null, 3.5)]
    public void Parses_style_and_width(string style, string? width, double inches) =>
        Assert.Equal(inches, FigureStyle.Parse(style, width).WidthInches, 3);

    [Theory]
    [InlineData("print", null, "unknown style")]
    [InlineData("paper", "3.5", "with a unit")]
    [InlineData("paper", "20in", "outside 3 to 8 inches")]
    [InlineData("paper", "2in", "outside 3 to 8 inches")]
    [InlineData("paper", "2.5in", "outside 3 to 8 inches")]
    [InlineData("paper", "70mm", "outside 3 to 8 inches")]
    [InlineData("paper", "NaNin", "is not a length")]
    [InlineData("paper", "Infinityin", "is not a length")]
    [InlineData("screen", "7in", "--width applies to --style paper only")]
    public void Refuses_a_bad_style_or_width_saying_what_to_write(string style, string? width, string message) =>
        Assert.Contains(message, Assert.ThrowsAny<ArgumentException>(() => FigureStyle.Parse(style, width)).Message, StringComparison.Ordinal);

    [Fact]
    public void Paper_timeline_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-timeline.svg", Kinds["timeline"](Column).ToSvg());

    [Fact]
    public void Paper_boxplot_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-boxplot.svg", Kinds["boxplot"](Column).ToSvg());

    [Fact]
    public void Paper_line_chart_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-line.svg", Kinds["line"](Page).ToSvg());

    [Fact]
    public void Paper_lithops_histogram_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-lithops-histogram.svg", Kinds["lithops-histogram"](Column).ToSvg());

    [Fact]
    public void Paper_lithops_timeline_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-lithops-timeline.svg", LithopsCharts.Timeline([ChartSamples.LargeBurst(480, 20) with { Title = "classic" }, ChartSamples.LargeBurst(96, 4)], LithopsCharts.Defaults with { Style = Column }).ToSvg());

    [Fact]
    public void Paper_cost_scatter_matches_its_golden_file()
    {
        // The cost figure's layout: unjoined series (one hollow shape per workload size), a log y axis, labelled groups.
        LinePoint[] Size(double shift) => [new(27.7 + shift, 0.048, Label: shift == 0 ? "g=1" : null), new(11.3 + shift, 0.024), new(8.84 + shift, 0.012, Label: shift == 0 ? "g=4" : null), new(7.1 + shift, 0.001)];
        var panel = new LinePanel("", [("48 functions", Size(0)), ("96 functions", Size(0.01)), ("480 functions", Size(0.2)), ("960 functions", Size(0.3))], []);
        var options = new ChartOptions { Title = "cost", XLabel = "makespan (s)", YLabel = "USD per 1000 functions (log)", Width = 900, Height = 520, Style = Column };
        GoldenFile.AssertMatches("paper-cost-scatter.svg", LineChart.RenderPanels([panel], options, new LineAxes(LogY: true, Joined: false)).ToSvg());
    }

    [Fact]
    public void Paper_cdf_matches_its_golden_file() =>
        GoldenFile.AssertMatches("paper-cdf.svg", Kinds["cdf"](Column).ToSvg());

    [Fact]
    public void Paper_side_by_side_panels_at_7_in_match_their_golden_file()
    {
        LinePanel Panel(string name) => new(name, [("faasbatch", [LinePoint.FromInterval(0.01, ConfidenceInterval.Of([5.0, 5.5, 6.0])), LinePoint.FromInterval(0.1, ConfidenceInterval.Of([1.2, 1.3, 1.5]))])],
            [("classic", 5.2, 5.0, 5.4), ("burst", 23.1, 22.5, 23.6)]);
        var options = new ChartOptions { Title = "t", XLabel = "FaaSBatch dispatch interval (s, log scale)", YLabel = "mean startup (s, log)", Width = 800, Height = 360, Style = Page };
        GoldenFile.AssertMatches("paper-side-by-side.svg", LineChart.RenderPanels([Panel("io-bound"), Panel("cpu-bound")], options, new LineAxes(LogX: true, LogY: true, BandLabel: "95% CI (n = 3)")).ToSvg());
    }

    private static IEnumerable<double> FontSizes(string svg) => SvgText.Parse(svg).Descendants()
        .Where(e => e.Name.LocalName == "text")
        .Select(e => double.Parse((string)e.Attribute("font-size")!, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MediaBox();
}
