using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Validation;

/// <summary>validation.csv and, per real file, the overlaid real-vs-simulated startup box plot and CDF, each with its numbers as CSV.</summary>
internal static class ValidationReport
{
    public static readonly IReadOnlyList<string> Header =
    [
        "file", "policy", "functions", "metric", "real", "simulated_mean", "simulated_ci95_low", "simulated_ci95_high",
        "abs_error", "rel_error", "tolerance", "pass",
    ];

    public static string Csv(IEnumerable<ValidationRow> rows)
    {
        var text = new System.Text.StringBuilder(CsvCells.Line(Header));
        foreach (var r in rows)
        {
            text.Append(CsvCells.Line(
            [
                r.File, r.Policy, r.Functions.ToString(CultureInfo.InvariantCulture), r.Metric, Cell(r.Real), Cell(r.SimulatedMean),
                Cell(r.SimulatedLow), Cell(r.SimulatedHigh), Cell(r.AbsoluteError), Cell(r.RelativeError),
                r.Tolerance is { } t ? Cell(t) : string.Empty, r.Passes ? "true" : "false",
            ]));
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes, per compared file, figures/validation-NAME-boxplot, -cdf and, in the screen style, -overlay (box plot and CDF in one figure) in every
    /// format asked for, each with NAME.csv holding the numbers it draws, and in the paper style figures/captions.md (paper
    /// figures carry no title); NAME is the file's name made safe for a file name (<see cref="FigureWriter.Safe"/>).
    /// Returns the file names written.
    /// </summary>
    public static IReadOnlyList<string> Figures(string directory, IReadOnlyList<Validator.Result> results, IReadOnlyList<ExportFormat> formats, FigureStyle style)
    {
        Execution.StagingRegistry.CreateDirectory(directory);
        var written = new List<string>();
        var captions = new List<(string Stem, string Title, string Caption)>();
        void Save(string stem, ChartFigure figure, string title, string counts)
        {
            written.AddRange(FigureWriter.SaveWithData(directory, stem, figure, formats));
            // The figure set's caption code: the chart's own notes (what the marks are, outliers drawn "k of n") follow the counts.
            captions.Add((stem, title, $"{Burstsim.Scenarios.Figures.FigureCaption.WithNotes(counts, figure)} Data: figures/{stem}.csv."));
        }

        foreach (var result in results)
        {
            Execution.Interruption.ThrowIfRequested();
            string stem = "validation-" + FigureWriter.Safe(result.Real.Name);
            string title = $"{result.Real.Name} ({result.Policy.Name}): real vs simulated startup (worker_start - host_job_create)";
            string counts = string.Create(CultureInfo.InvariantCulture, $"Real: {result.RealStartups.Count} functions; simulated: {result.SimulatedStartups.Count}, every replication pooled.");
            Save(stem + "-boxplot", BoxplotChart.Render(
                [("real", "startup", result.RealStartups), ("simulated", "startup", result.SimulatedStartups)],
                BoxplotChart.Defaults with { Title = title, XLabel = "run", Style = style }), title, counts);
            Save(stem + "-cdf", CdfChart.Render(
                [("real", result.RealStartups), ("simulated", result.SimulatedStartups)],
                CdfChart.Defaults with { Title = title, Style = style }), title, counts);
            if (!style.IsPaper)
            {
                // The overlay sets the two above side by side for the screen; at a printed column's width its panels would
                // be too narrow to read, and a paper places the box plot and the CDF as its own subfigures.
                Save(stem + "-overlay", OverlayChart.Render(result.RealStartups, result.SimulatedStartups, OverlayChart.Defaults with { Title = title, Style = style }), title, counts);
            }
        }

        if (style.IsPaper && captions.Count > 0)
        {
            written.Add(FigureWriter.WriteCaptions(directory, captions, formats));
        }

        return written;
    }

    private static string Cell(double value) => double.IsFinite(value) ? CsvCells.Number(value) : string.Empty;
}
