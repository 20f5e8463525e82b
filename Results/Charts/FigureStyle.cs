using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// How a figure is laid out for its medium. <see cref="Screen"/> (the default): figure units are CSS
/// pixels, titles drawn above the plot, legends right of the data, PNG at twice the pixel size.
/// <see cref="Paper"/>: figure units are PostScript points at the printed width (3.5 in for one column,
/// 7 in for two), so the PDF page is the printed size and every text is at least 7 pt as printed;
/// no title (the caption says it), legends in one strip above the data, PNG at 300 dots per inch.
/// </summary>
public sealed record FigureStyle
{
    /// <summary>Smallest printed text of the paper style, points (IEEE and ACM templates ask for 7 pt or more in figures).</summary>
    public const float MinPaperPoints = 7;

    /// <summary>Narrowest printed width, inches: one-column widths are 3.3-3.5 in, and below 3 in the startup box plot's
    /// category labels at 7 pt run together and its axis label is cut at both edges.</summary>
    public const double MinWidthInches = 3;

    /// <summary>Widest printed width, inches (a two-column figure is 7 in; 8 in leaves room for landscape pages).</summary>
    public const double MaxWidthInches = 8;

    private FigureStyle(bool isPaper, double widthInches, float tick, float label, float legend, float title, float dpi)
    {
        (IsPaper, WidthInches, TickSize, LabelSize, LegendSize, TitleSize, Dpi) = (isPaper, widthInches, tick, label, legend, title, dpi);
    }

    /// <summary>On-screen figures: sizes in pixels as each chart's options give them.</summary>
    public static FigureStyle Screen { get; } = new(false, double.NaN, 11, 13, 11, 15, 192);

    /// <summary>True for the paper style.</summary>
    public bool IsPaper { get; }

    /// <summary>Printed width in inches (paper style); NaN on screen.</summary>
    public double WidthInches { get; }

    /// <summary>Tick label size (points on paper, pixels on screen).</summary>
    public float TickSize { get; }

    /// <summary>Axis label and panel title size.</summary>
    public float LabelSize { get; }

    /// <summary>Legend text size.</summary>
    public float LegendSize { get; }

    /// <summary>Figure title size (screen only: paper figures carry no title).</summary>
    public float TitleSize { get; }

    /// <summary>Dots per inch written into PNG metadata (pHYs): 192 on screen (2 PNG pixels per CSS pixel of 1/96 in), 300 on paper.</summary>
    public float Dpi { get; }

    /// <summary>Figure units per inch: 96 CSS pixels on screen, 72 points on paper.</summary>
    public double UnitsPerInch => IsPaper ? 72 : 96;

    /// <summary>PNG pixels per figure unit.</summary>
    public float PngScale => (float)(Dpi / UnitsPerInch);

    /// <summary>Scale of marks (line widths, dot sizes) relative to the screen style.</summary>
    public float MarkScale => IsPaper ? 0.6f : 1f;

    /// <summary>Whether the figure's own title is drawn (screen) or left to the caption (paper).</summary>
    public bool DrawsTitles => !IsPaper;

    /// <summary>A paper figure of <paramref name="widthInches"/> printed width.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not between <see cref="MinWidthInches"/> and <see cref="MaxWidthInches"/> inches.</exception>
    public static FigureStyle Paper(double widthInches)
    {
        if (!(widthInches >= MinWidthInches && widthInches <= MaxWidthInches))
        {
            throw new ArgumentOutOfRangeException(nameof(widthInches), widthInches, "A printed figure is 3 to 8 inches wide (3.5 for one column, 7 for two).");
        }

        return new(true, widthInches, MinPaperPoints, 8, MinPaperPoints, 9, 300);
    }

    /// <summary>Parses "screen", or "paper" with a width such as "3.5in", "7in", "89mm".</summary>
    /// <exception cref="ArgumentException">An unknown style or a width that is not a length in in, mm or cm (the message names the fix).</exception>
    public static FigureStyle Parse(string style, string? width)
    {
        ArgumentNullException.ThrowIfNull(style);
        switch (style.Trim().ToLowerInvariant())
        {
            case "screen":
                return width is null ? Screen : throw new ArgumentException("--width applies to --style paper only; drop it or add --style paper.", nameof(width));
            case "paper":
                return Paper(ParseInches(width ?? "3.5in"));
            default:
                throw new ArgumentException($"unknown style '{style}'; use screen (the default) or paper.", nameof(style));
        }
    }

    /// <summary>The canvas width in figure units for a chart whose screen width is <paramref name="screenWidth"/> pixels.</summary>
    public double Width(double screenWidth) => IsPaper ? Math.Round(WidthInches * 72) : screenWidth;

    /// <summary>The height in figure units of a panel <paramref name="screenHeight"/> pixels high on a <paramref name="screenWidth"/> canvas: on paper the screen's proportions, but never below <paramref name="minPoints"/>.</summary>
    public double Height(double screenHeight, double screenWidth, double minPoints = 110) =>
        IsPaper ? Math.Round(Math.Max(screenHeight * Width(screenWidth) / screenWidth, minPoints)) : screenHeight;

    /// <summary>A length on the screen style (pixels) in this style's units.</summary>
    public float Mark(float screenPixels) => screenPixels * MarkScale;

    private static double ParseInches(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        (string unit, double factor) = t.EndsWith("in", StringComparison.Ordinal) ? ("in", 1.0)
            : t.EndsWith("mm", StringComparison.Ordinal) ? ("mm", 1 / 25.4)
            : t.EndsWith("cm", StringComparison.Ordinal) ? ("cm", 1 / 2.54)
            : ("", double.NaN);
        // NaN and infinity parse as doubles but are no length: refuse them here, not as "outside the range".
        if (unit.Length == 0 || !double.TryParse(t[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new ArgumentException($"width '{text}' is not a length; give it with a unit, e.g. 3.5in (one column), 7in (two columns) or 89mm.", nameof(text));
        }

        double inches = value * factor;
        return inches is >= MinWidthInches and <= MaxWidthInches ? inches : throw new ArgumentException($"width '{text}' is outside 3 to 8 inches; use 3.5in for one column or 7in for two.", nameof(text));
    }
}
