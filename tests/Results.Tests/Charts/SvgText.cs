using System.Globalization;
using System.Xml.Linq;

namespace Burstsim.Results.Tests.Charts;

/// <summary>Reads back a rendered SVG: parses it (so it must be well-formed), lists its texts and filled rectangles.</summary>
internal static class SvgText
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    /// <summary>The content of every text element, in document order.</summary>
    public static IReadOnlyList<string> Texts(string svg) => [.. Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>Rectangles filled with <paramref name="hex"/> (case-insensitive), opaque or translucent as asked.</summary>
    public static int Rects(string svg, string hex, bool translucent) => Parse(svg).Descendants(Svg + "rect").Count(r =>
        string.Equals((string?)r.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase)
        && (r.Attribute("fill-opacity") is not null) == translucent);

    /// <summary>The x (or y) attribute of every text element as numbers: fails on a trailing comma.</summary>
    public static IEnumerable<double> GlyphPositions(string svg, string attribute) => Parse(svg).Descendants(Svg + "text")
        .SelectMany(t => ((string)t.Attribute(attribute)!).Split(' ').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)));
}
