namespace Burstsim.Results.Report;

/// <summary>File types a figure is written as; all three come from the process itself (SkiaSharp), no external tool.</summary>
public enum ExportFormat
{
    /// <summary>Vector, text kept as text (DejaVu Sans); what index.html shows.</summary>
    Svg,

    /// <summary>Raster at twice the figure's pixel size, for slides and documents that take no SVG.</summary>
    Png,

    /// <summary>Vector with the font embedded (SkiaSharp's PDF backend), for LaTeX papers.</summary>
    Pdf,
}
