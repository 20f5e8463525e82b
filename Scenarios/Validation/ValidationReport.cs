using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Validation;

/// <summary>validation.csv and, per real file, the overlaid real-vs-simulated startup box plot and CDF.</summary>
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

    /// <summary>Writes figures/validation-NAME-boxplot.svg, -cdf.svg and -overlay.svg (box plot and CDF in one figure); returns the file names.</summary>
    public static IReadOnlyList<string> Figures(string directory, Validator.Result result)
    {
        Execution.StagingRegistry.CreateDirectory(directory);
        string name = result.Real.Name;
        string title = $"{name} ({result.Policy.Name}): real vs simulated startup";
        BoxplotChart.Render(
            [("real", "startup", result.RealStartups), ("simulated", "startup", result.SimulatedStartups)],
            BoxplotChart.Defaults with { Title = title, XLabel = "run" }).Save(Path.Combine(directory, $"validation-{name}-boxplot.svg"));
        CdfChart.Render(
            [("real", result.RealStartups), ("simulated", result.SimulatedStartups)],
            CdfChart.Defaults with { Title = title }).Save(Path.Combine(directory, $"validation-{name}-cdf.svg"));
        OverlayChart.Render(result.RealStartups, result.SimulatedStartups, OverlayChart.Defaults with { Title = title })
            .Save(Path.Combine(directory, $"validation-{name}-overlay.svg"));
        return [$"validation-{name}-boxplot.svg", $"validation-{name}-cdf.svg", $"validation-{name}-overlay.svg"];
    }

    private static string Cell(double value) => double.IsFinite(value) ? CsvCells.Number(value) : string.Empty;
}
