using System.Globalization;
using System.Text.RegularExpressions;
using Burstsim.Results.Report;
using ScottPlot;
using SkiaSharp;

namespace Burstsim.Results.Charts;

/// <summary>
/// A finished figure: one or more ScottPlot plots placed on one canvas of <see cref="Width"/> x
/// <see cref="Height"/> pixels, written as SVG, PNG or PDF through SkiaSharp (no external tool).
/// Equal inputs give equal bytes in every format, with or without system fonts.
/// </summary>
public sealed partial class ChartFigure
{
    // Fixed dates: SkiaSharp would otherwise stamp the PDF with the time of writing.
    private static readonly DateTime PdfDate = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly IReadOnlyList<(Plot Plot, PixelRect Rect)> _panels;

    internal ChartFigure(int width, int height, IReadOnlyList<(Plot Plot, PixelRect Rect)> panels, IReadOnlyList<string> notes, FigureStyle? style = null) =>
        (Width, Height, _panels, Notes, Style) = (width, height, panels, notes, style ?? FigureStyle.Screen);

    /// <summary>Width in figure units: CSS pixels (screen style) or points (paper style).</summary>
    public int Width { get; }

    /// <summary>Height in figure units: CSS pixels (screen style) or points (paper style).</summary>
    public int Height { get; }

    /// <summary>The style the figure was laid out for: it sets the figure units, the PNG resolution and the printed size.</summary>
    public FigureStyle Style { get; }

    /// <summary>PNG pixels per figure unit: 2 on screen (sharp in slides), 300 dpi on paper.</summary>
    public float PngScale => Style.PngScale;

    /// <summary>The printed (paper) or displayed (screen, 96 per inch) size in inches.</summary>
    public (double Width, double Height) Inches => (Width / Style.UnitsPerInch, Height / Style.UnitsPerInch);

    /// <summary>What a caption should say about how the data was drawn (aggregation, thinning); empty when nothing was left out.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The numbers the figure draws (set by each chart), for a CSV beside it.</summary>
    public FigureData Data { get; private set; } = FigureData.Empty;

    /// <summary>Attaches the drawn numbers; returns this figure.</summary>
    internal ChartFigure With(FigureData data)
    {
        Data = data;
        return this;
    }

    /// <summary>
    /// The drawn numbers with one more column, a value per row in the data's row order (e.g. each cost point's
    /// granularity, which the chart itself knows only as a label on some points); returns this figure.
    /// </summary>
    /// <param name="column">The new column's header, e.g. "g".</param>
    /// <param name="values">One cell per row of <see cref="Data"/>, in its order.</param>
    /// <exception cref="ArgumentException">Not one value per row, or the column exists.</exception>
    public ChartFigure WithColumn(string column, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ChartStyle.Require(values.Count == Data.Rows.Count, $"WithColumn needs one value per data row ({Data.Rows.Count}), got {values.Count}.", nameof(values));
        ChartStyle.Require(!Data.Columns.Contains(column, StringComparer.Ordinal), $"The data already has a column {column}.", nameof(column));
        return With(new FigureData([.. Data.Columns, column], [.. Data.Rows.Zip(values, (r, v) => (IReadOnlyList<string>)[.. r, v])]));
    }

    /// <summary>The ScottPlot plots of the figure, top to bottom (for tests reading axis limits).</summary>
    internal IReadOnlyList<Plot> Plots => [.. _panels.Select(p => p.Plot)];

    /// <summary>
    /// The figure as SVG, text kept as text. SkiaSharp's per-glyph x/y lists ("1, 2, 3, ") and indented
    /// text content mislead some viewers: lists become space-separated, text is trimmed. Clip-path ids
    /// (a process-wide counter) are renumbered from 1 so the same figure gives the same bytes.
    /// </summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), managed))
        {
            Draw(canvas);
        }

        string svg = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        string lists = GlyphList().Replace(svg, m => $"{m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}\"");
        string text = TextContent().Replace(lists, m => $">{m.Groups[1].Value}</text>");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string numbered = ClipId().Replace(text, m => ids.TryGetValue(m.Value, out string? id) ? id : ids[m.Value] = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture));
        if (!Style.IsPaper)
        {
            return numbered;
        }

        // A paper figure states its printed size; the drawing keeps its point coordinates through the viewBox.
        string size = string.Create(CultureInfo.InvariantCulture, $"width=\"{Inches.Width:0.###}in\" height=\"{Inches.Height:0.###}in\" viewBox=\"0 0 {Width} {Height}\"");
        return SvgSize().Replace(numbered, size, 1);
    }

    /// <summary>The figure as PNG at <see cref="PngScale"/> times its size, its resolution (<see cref="FigureStyle.Dpi"/>) in the pHYs chunk.</summary>
    public byte[] ToPng()
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)Math.Round(Width * PngScale), (int)Math.Round(Height * PngScale)));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(PngScale);
        Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return PngResolution.With(data.ToArray(), Style.Dpi);
    }

    /// <summary>The figure as a one-page PDF, font embedded, the page at the printed size (paper) or at 96 pixels per inch (screen).</summary>
    public byte[] ToPdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creator = "burstsim", Producer = "burstsim", Creation = PdfDate, Modified = PdfDate }))
        {
            float points = (float)(72 / Style.UnitsPerInch);
            var page = document.BeginPage(Width * points, Height * points);
            page.Scale(points);
            Draw(page);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Writes the figure to <paramref name="path"/> in the format its extension names (.svg, .png, .pdf). The folder must
    /// exist: it is not created here, so a writer still drawing when its caller's output folder was removed (an interrupted
    /// command) fails instead of bringing the folder back.
    /// </summary>
    /// <exception cref="ArgumentException">The extension is not .svg, .png or .pdf.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = ExportFormats.Parse(Path.GetExtension(path))[0];
        File.WriteAllBytes(path, format switch
        {
            ExportFormat.Png => ToPng(),
            ExportFormat.Pdf => ToPdf(),
            _ => OutputEncoding.Utf8NoBom.GetBytes(ToSvg()),
        });
    }

    /// <summary>Writes <paramref name="directory"/>/<paramref name="name"/>.EXT for each format into the existing folder; returns the file names written.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public IReadOnlyList<string> Save(string directory, string name, IReadOnlyList<ExportFormat> formats)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(name);
        string[] files = [.. formats.Select(f => name + ExportFormats.Extension(f))];
        foreach (string file in files)
        {
            Save(Path.Combine(directory, file));
        }

        return files;
    }

    // The panels tile the canvas and each paints its own white background.
    private void Draw(SKCanvas canvas)
    {
        foreach (var (plot, rect) in _panels)
        {
            plot.Render(canvas, rect);
        }
    }

    [GeneratedRegex(@"\b([xy])=""([-0-9.e, ]*,\s*)""", RegexOptions.CultureInvariant)]
    private static partial Regex GlyphList();

    [GeneratedRegex(@">\s*\n\s*([^<]*?)\s*</text>", RegexOptions.CultureInvariant)]
    private static partial Regex TextContent();

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    [GeneratedRegex(@"(?<=<svg [^>]*)width=""[0-9.]+"" height=""[0-9.]+""", RegexOptions.CultureInvariant)]
    private static partial Regex SvgSize();
}
