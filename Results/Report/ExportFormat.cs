namespace Burstsim.Results.Report;

/// <summary>File types an SVG figure can be converted to.</summary>
public enum ExportFormat
{
    Png,
    Pdf,
}
