using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// A legend drawn as a column of swatches and labels. Charts place it outside the plot area
/// (to the right) so it never hides data; long labels are cut and rows that do not fit the
/// height collapse into a "+N more" row.
/// </summary>
public static class Legend
{
    public const double FontSize = 12;
    public const double RowHeight = 18;
    public const double SwatchWidth = 18;
    public const double Gap = 6;
    public const double MaxLabelWidth = 180;

    /// <summary>Width the legend needs (0 when there are no entries).</summary>
    public static double Width(IReadOnlyList<LegendEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return 0;
        }

        double widest = TextMetrics.Width("+0000 more", FontSize);
        foreach (var entry in entries)
        {
            widest = Math.Max(widest, TextMetrics.Width(TextMetrics.Fit(entry.Label, FontSize, MaxLabelWidth), FontSize));
        }

        return SwatchWidth + Gap + widest;
    }

    /// <summary>Draws entries from (x, y) downwards, at most maxHeight pixels tall.</summary>
    public static void Draw(SvgWriter svg, double x, double y, IReadOnlyList<LegendEntry> entries, double maxHeight)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        int rows = Math.Max(1, (int)Math.Floor(maxHeight / RowHeight));
        int shown = entries.Count <= rows ? entries.Count : rows - 1;
        svg.BeginGroup("legend");
        for (int i = 0; i < shown; i++)
        {
            double rowY = y + (i * RowHeight);
            Swatch(svg, x, rowY + (RowHeight / 2), entries[i]);
            svg.Text(x + SwatchWidth + Gap, rowY + (RowHeight / 2) + (FontSize * 0.35),
                TextMetrics.Fit(entries[i].Label, FontSize, MaxLabelWidth), FontSize, cssClass: "legend-label");
        }

        if (shown < entries.Count)
        {
            string more = "+" + (entries.Count - shown).ToString(CultureInfo.InvariantCulture) + " more";
            svg.Text(x + SwatchWidth + Gap, y + (shown * RowHeight) + (RowHeight / 2) + (FontSize * 0.35), more, FontSize,
                cssClass: "legend-label");
        }

        svg.EndGroup();
    }

    private static void Swatch(SvgWriter svg, double x, double midY, LegendEntry entry)
    {
        switch (entry.Marker)
        {
            case LegendMarker.Line:
                svg.Line(x, midY, x + SwatchWidth, midY, entry.Color, 2);
                break;
            case LegendMarker.DashedLine:
                svg.Line(x, midY, x + SwatchWidth, midY, entry.Color, 2, dash: "5 3");
                break;
            case LegendMarker.Dot:
                svg.Circle(x + (SwatchWidth / 2), midY, 3, entry.Color);
                break;
            default:
                svg.Rect(x + 2, midY - 6, SwatchWidth - 4, 12, entry.Color, stroke: "#333333", strokeWidth: 0.5);
                break;
        }
    }
}
