using System.Globalization;
using System.Xml.Linq;
using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

/// <summary>Reads back a rendered SVG: parses it (so it must be well-formed) and finds elements by class.</summary>
internal static class SvgInspect
{
    public static XDocument Parse(SvgDocument svg) => XDocument.Parse(svg.Text);

    public static IReadOnlyList<XElement> WithClass(SvgDocument svg, string cssClass) =>
        Parse(svg).Descendants().Where(e => HasClass(e, cssClass)).ToList();

    public static int Count(SvgDocument svg, string cssClass) => WithClass(svg, cssClass).Count;

    public static bool HasClass(XElement element, string cssClass) =>
        ((string?)element.Attribute("class") ?? "").Split(' ').Contains(cssClass);

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The plot frames (one per panel), as rectangles.</summary>
    public static IReadOnlyList<PlotArea> Frames(SvgDocument svg) => WithClass(svg, "frame")
        .Select(f => new PlotArea(Number(f, "x"), Number(f, "y"), Number(f, "width"), Number(f, "height"))).ToList();

    /// <summary>Texts of the elements with the class, under ancestors carrying ancestorClass.</summary>
    public static IReadOnlyList<string> Texts(XContainer root, string ancestorClass, string cssClass) => root.Descendants()
        .Where(e => HasClass(e, cssClass) && e.Ancestors().Any(a => HasClass(a, ancestorClass))).Select(e => e.Value).ToList();

    public static bool Inside(PlotArea frame, double x, double y, double tolerance = 0.01) =>
        x >= frame.Left - tolerance && x <= frame.Right + tolerance && y >= frame.Top - tolerance && y <= frame.Bottom + tolerance;
}
