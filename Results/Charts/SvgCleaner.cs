using System.Globalization;
using System.Text.RegularExpressions;

namespace Burstsim.Results.Charts;

/// <summary>
/// Tidies the SVG that SkiaSharp's SVG canvas writes: its per-glyph x and y lists end in a comma
/// ("1, 2, 3, ") that some viewers misread, and its text content carries indentation that a viewer
/// would count against those per-glyph positions. Lists become space-separated, text is trimmed.
/// Its clip-path ids come from a process-wide counter; they are renumbered from 1 per document so
/// that the same figure gives the same bytes whatever was drawn before it.
/// </summary>
internal static partial class SvgCleaner
{
    public static string Clean(string svg)
    {
        string lists = GlyphList().Replace(svg, m => $"{m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}\"");
        string text = TextContent().Replace(lists, m => $">{m.Groups[1].Value}</text>");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(text, m => ids.TryGetValue(m.Value, out string? id) ? id : ids[m.Value] = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\b([xy])=""([-0-9.e, ]*,\s*)""", RegexOptions.CultureInvariant)]
    private static partial Regex GlyphList();

    [GeneratedRegex(@">\s*\n\s*([^<]*?)\s*</text>", RegexOptions.CultureInvariant)]
    private static partial Regex TextContent();

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
