namespace Burstsim.Results.Report;

/// <summary>Reads a figure format list such as "png,svg,pdf" and names the files each format writes.</summary>
public static class ExportFormats
{
    /// <summary>
    /// Parses a comma-separated list of svg, png, pdf (any case, optional leading dot, repeats
    /// ignored), in the order given.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is not svg, png or pdf, or the list is empty; the message names it.</exception>
    public static IReadOnlyList<ExportFormat> Parse(string? text)
    {
        var formats = new List<ExportFormat>();
        foreach (string entry in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var format = entry.TrimStart('.').ToUpperInvariant() switch
            {
                "SVG" => ExportFormat.Svg,
                "PNG" => ExportFormat.Png,
                "PDF" => ExportFormat.Pdf,
                _ => throw new ArgumentException($"'{entry}' is not a figure format: use svg, png or pdf, several separated by commas (e.g. png,svg,pdf).", nameof(text)),
            };
            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        return formats.Count > 0 ? formats : throw new ArgumentException("No figure format given: use svg, png or pdf, several separated by commas.", nameof(text));
    }

    /// <summary>The file extension with its dot: ".svg", ".png", ".pdf".</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Png => ".png",
        ExportFormat.Pdf => ".pdf",
        _ => ".svg",
    };
}
