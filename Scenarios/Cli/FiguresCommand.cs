using System.CommandLine;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Figures;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim figures --out DIR [--format svg,png,pdf] [--threads T] [--quick]</c>: reruns the catalogue's thesis and paper
/// scenarios and writes the whole figure set (figures/*.svg|png|pdf, data/*.csv, index.html). Same bytes for any thread count.
/// </summary>
internal static class FiguresCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (created; files inside are replaced).", Required = true };
        var format = new Option<string>("--format") { Description = "Figure formats, comma-separated: svg (default), png, pdf; e.g. png,svg,pdf. All are drawn in-process.", DefaultValueFactory = _ => "svg" };
        var (style, width) = StyleOptions();
        var threads = new Option<int?>("--threads") { Description = "Runs in parallel (default: all cores). Outputs are identical for any value." };

        // Small sizes of every study: the same figures in a second, for tests and a quick look at the layout (docs/figures-check.sh uses it).
        var quick = new Option<bool>("--quick") { Description = "Small workloads: every figure in seconds, for a look at the layout; the numbers are not the paper's." };
        var command = new Command("figures", "Regenerate the paper and thesis figure set with an index.html report.") { output, format, style, width, threads, quick };
        command.SetAction(parse =>
        {
            string outDir = parse.GetValue(output)!.FullName;
            if (File.Exists(outDir))
            {
                throw new InputException("--out", $"{outDir} is a file; give a folder");
            }

            var exportFormat = ParseFormat(parse.GetValue(format));
            int threadCount = parse.GetValue(threads) switch
            {
                null => Environment.ProcessorCount,
                >= 1 and var t => t,
                var t => throw new InputException("--threads", $"must be at least 1, got {t}"),
            };

            var figureStyle = ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            var set = parse.GetValue(quick) ? FigureSet.Quick : FigureSet.Full;
            var written = FigureSetWriter.Write(set, outDir, threadCount, exportFormat, Terminal.ShowsProgress(Console.Error) && Terminal.IsConsole(stdout), figureStyle, Outputs.RunRecord.Command(parse));
            stdout.WriteLine($"wrote {outDir}: {written.Count} files; open {Path.Combine(outDir, HtmlReport.FileName)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The --style and --width options that figures, run and import share.</summary>
    public static (Option<string> Style, Option<string?> Width) StyleOptions() =>
    (
        new Option<string>("--style") { Description = "screen (default: pixels, titles, legends beside) or paper (printed size, fonts >= 7 pt, no titles: captions in figures/captions.md).", DefaultValueFactory = _ => "screen" },
        new Option<string?>("--width") { Description = "Printed width with --style paper: 3.5in (one column, the default) or 7in (two columns); mm and cm work too." }
    );

    /// <summary>The --style and --width pair as a figure style; a bad one is the user's to fix (exit 2).</summary>
    public static FigureStyle ParseStyle(string style, string? width)
    {
        try
        {
            return FigureStyle.Parse(style, width);
        }
        catch (ArgumentException e)
        {
            int cut = e.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new InputException(e.ParamName == "style" ? "--style" : "--width", cut < 0 ? e.Message : e.Message[..cut]);
        }
    }

    private static IReadOnlyList<ExportFormat> ParseFormat(string? text) => ParseFormats(text, "--format");

    /// <summary>A comma-separated list of figure formats given as <paramref name="option"/>; a bad one is the user's to fix (exit 2).</summary>
    public static IReadOnlyList<ExportFormat> ParseFormats(string? text, string option)
    {
        try
        {
            return ExportFormats.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new InputException(option, e.Message.Replace(" (Parameter 'text')", string.Empty, StringComparison.Ordinal));
        }
    }
}
