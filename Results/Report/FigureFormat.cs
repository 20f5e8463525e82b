using System.Diagnostics;
using System.Globalization;

namespace Burstsim.Results.Report;

/// <summary>
/// Converts SVG figures to PNG or PDF with librsvg's rsvg-convert, when it is installed. The
/// program is found by searching the PATH directories ourselves and started without a shell
/// (argument list, no quoting), so odd file names cannot turn into commands.
/// </summary>
public static class FigureFormat
{
    public const string ConverterName = "rsvg-convert";

    public const string InstallHint = "install it with: sudo apt-get install librsvg2-bin";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Reads "png" or "pdf" (any case, optional leading dot).</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = ExportFormat.Png;
        string? name = text?.Trim().TrimStart('.').ToUpperInvariant();
        switch (name)
        {
            case "PNG":
                format = ExportFormat.Png;
                return true;
            case "PDF":
                format = ExportFormat.Pdf;
                return true;
            default:
                return false;
        }
    }

    public static string Extension(ExportFormat format) => format == ExportFormat.Pdf ? ".pdf" : ".png";

    /// <summary>Full path of rsvg-convert on PATH, or null when it is not installed.</summary>
    public static string? FindConverter() => FindOnPath(ConverterName, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>Converts by format name ("png" or "pdf"); an unknown name is a failed result, not an exception.</summary>
    public static FigureConversion Convert(string svgPath, string format, string? outputPath = null, double zoom = 1)
    {
        return TryParse(format, out var parsed)
            ? Convert(svgPath, parsed, outputPath, zoom)
            : FigureConversion.Failed($"Unknown figure format '{format}': use png or pdf.");
    }

    /// <summary>
    /// Converts the SVG to outputPath (default: beside it, extension changed). zoom scales PNG
    /// pixels (2 for slides); PDF stays vector at the SVG's size.
    /// </summary>
    public static FigureConversion Convert(string svgPath, ExportFormat format, string? outputPath = null, double zoom = 1) =>
        ConvertUsing(Environment.GetEnvironmentVariable("PATH"), svgPath, format, outputPath, zoom);

    internal static FigureConversion ConvertUsing(string? searchPath, string svgPath, ExportFormat format, string? outputPath, double zoom)
    {
        ArgumentException.ThrowIfNullOrEmpty(svgPath);
        if (!(zoom > 0 && zoom <= 16))
        {
            return FigureConversion.Failed("zoom must be within (0, 16].");
        }

        if (!File.Exists(svgPath))
        {
            return FigureConversion.Failed($"SVG file not found: {svgPath}");
        }

        string? converter = FindOnPath(ConverterName, searchPath);
        if (converter is null)
        {
            return FigureConversion.Failed($"{ConverterName} was not found on PATH, so figures stay SVG only; {InstallHint}");
        }

        // Full paths: a file name starting with '-' must not read as an option of the converter.
        string input = Path.GetFullPath(svgPath);
        string output = Path.GetFullPath(outputPath ?? Path.ChangeExtension(svgPath, Extension(format)));
        var start = new ProcessStartInfo(converter)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add(format == ExportFormat.Pdf ? "pdf" : "png");
        if (format == ExportFormat.Png && zoom != 1)
        {
            start.ArgumentList.Add("--zoom");
            start.ArgumentList.Add(zoom.ToString(CultureInfo.InvariantCulture));
        }

        start.ArgumentList.Add("--output");
        start.ArgumentList.Add(output);
        start.ArgumentList.Add(input);
        return Run(start, output);
    }

    internal static string? FindOnPath(string program, string? searchPath)
    {
        if (string.IsNullOrEmpty(searchPath))
        {
            return null;
        }

        string fileName = OperatingSystem.IsWindows() ? program + ".exe" : program;
        foreach (string directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory.Trim('"'), fileName);
            if (File.Exists(candidate) && IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static FigureConversion Run(ProcessStartInfo start, string output)
    {
        using var process = Process.Start(start);
        if (process is null)
        {
            return FigureConversion.Failed($"Could not start {start.FileName}.");
        }

        // Both pipes drain in the background so a chatty converter cannot block on a full buffer.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return FigureConversion.Failed($"{ConverterName} did not finish within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        string errors = stderr.GetAwaiter().GetResult().Trim();
        _ = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            return FigureConversion.Failed(string.Create(CultureInfo.InvariantCulture, $"{ConverterName} failed (exit {process.ExitCode}): {errors}"));
        }

        return FigureConversion.Ok(output);
    }
}
