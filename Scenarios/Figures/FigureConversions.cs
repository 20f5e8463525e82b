using Burstsim.Results.Report;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Figures;

/// <summary>PNG or PDF copies of the SVGs through rsvg-convert (librsvg2-bin); checked before anything runs.</summary>
internal static class FigureConversions
{
    /// <summary>Refuses a format whose converter is missing, so that no half-made figure set is written.</summary>
    public static void EnsureAvailable(ExportFormat? format) => EnsureAvailable(format, FigureFormat.FindConverter());

    /// <summary>As above, with the converter's path (null: not installed) given, so tests need not change PATH.</summary>
    public static void EnsureAvailable(ExportFormat? format, string? converter)
    {
        if (format is not null && converter is null)
        {
            throw new InputException("--format", $"{FigureFormat.ConverterName} was not found on PATH, so PNG and PDF cannot be written; {FigureFormat.InstallHint} (or use --format svg)");
        }
    }

    public static IReadOnlyList<string> ConvertAll(IReadOnlyList<string> svgFiles, ExportFormat format, string root)
    {
        var written = new List<string>();
        foreach (string svg in svgFiles)
        {
            var result = FigureFormat.Convert(svg, format, outputPath: null, zoom: format == ExportFormat.Png ? 2 : 1);
            if (!result.Succeeded)
            {
                throw new InputException("--format", result.Error ?? $"converting {svg} failed");
            }

            written.Add(Path.GetRelativePath(root, result.OutputPath!).Replace('\\', '/'));
        }

        return written;
    }
}
