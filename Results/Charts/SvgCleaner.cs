using System.Text.RegularExpressions;

namespace Burstsim.Results.Charts;

/// <summary>
/// Tidies the SVG that SkiaSharp's SVG canvas writes: its per-glyph x and y lists end in a comma
/// ("1, 2, 3, ") that some viewers misread, and its text content carries indentation that a viewer
/// would count against those per-glyph positions. Lists become space-separated, text is trimmed.
/// </summary>
internal static partial class SvgCleaner
{
    public static string Clean(string svg) =>
        TextContent().Replace(GlyphList().Replace(svg, m => $"{m.Groups[1].Value}=\"{Join(m.Groups[2].Value)}\""), m => $">{m.Groups[1].Value}</text>");

    private static string Join(string list) => string.Join(' ', list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"\b([xy])=""([-0-9.e, ]*,\s*)""", RegexOptions.CultureInvariant)]
    private static partial Regex GlyphList();

    [GeneratedRegex(@">\s*\n\s*([^<]*?)\s*</text>", RegexOptions.CultureInvariant)]
    private static partial Regex TextContent();
}
