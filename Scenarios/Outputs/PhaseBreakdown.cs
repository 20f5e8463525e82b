using System.Globalization;
using Burstsim.Results;
using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// Where the makespan went, for scenarios with phased bodies: figures/phase-breakdown.csv (long form: one row per
/// run and phase of its critical path, startup / compute / comm / other, ready for a stacked bar per policy) and
/// figures/phase-breakdown.svg, .png or .pdf as asked (one stacked bar per policy, in run's figure style).
/// </summary>
internal static class PhaseBreakdown
{
    public const string CsvName = "phase-breakdown.csv";
    /// <summary>The figure's file name without its extension.</summary>
    public const string Stem = "phase-breakdown";

    private static readonly string[] Phases = ["startup", "compute", "comm", "other"];

    /// <summary>Writes the CSV and the figure in every format of <paramref name="formats"/>; returns the files written and the figure's title (none when no run has phases).</summary>
    public static (IReadOnlyList<string> Files, string? Title) Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results, IReadOnlyList<Burstsim.Results.Report.ExportFormat> formats, FigureStyle style)
    {
        if (!results.Any(r => r.Summary.CriticalComputeS > 0 || r.Summary.CriticalCommS > 0))
        {
            return ([], null);
        }

        Execution.StagingRegistry.CreateDirectory(directory);
        var text = new System.Text.StringBuilder();
        text.Append(CsvCells.Line(["scenario", "case", "policy", "granularity", "replication", "phase", "seconds"]));
        foreach (var r in results)
        {
            var s = r.Summary;
            double[] parts = Split(s);
            for (int i = 0; i < Phases.Length; i++)
            {
                text.Append(CsvCells.Line(
                [
                    s.Context.Scenario, r.Unit.Case.Label, s.Context.Policy, s.Context.Granularity,
                    s.Context.Replication.ToString(CultureInfo.InvariantCulture), Phases[i], CsvCells.Number(parts[i]),
                ]));
            }
        }

        File.WriteAllText(Path.Combine(directory, CsvName), text.ToString(), OutputEncoding.Utf8NoBom);
        var written = new List<string> { CsvName };
        string title = $"{scenarioName}: makespan by phase along its critical path";
        written.AddRange(Chart(title, results, style).Save(directory, Stem, formats));
        return (written, title);
    }

    /// <summary>startup, compute, comm and the rest of the makespan along its critical path, s.</summary>
    public static double[] Split(SummaryRow s)
    {
        ArgumentNullException.ThrowIfNull(s);
        double startup = double.IsFinite(s.CriticalStartupS) ? s.CriticalStartupS : 0;
        return [startup, s.CriticalComputeS, s.CriticalCommS, s.MakespanS - startup - s.CriticalComputeS - s.CriticalCommS];
    }

    /// <summary>One stacked bar per policy (per case and policy when there are several cases), replications averaged.</summary>
    private static ChartFigure Chart(string title, IReadOnlyList<UnitResult> results, FigureStyle style)
    {
        bool cases = results.Select(r => r.Unit.Case.Label).Distinct(StringComparer.Ordinal).Count() > 1;
        var bars = new List<(string, string, double)>();
        foreach (var run in results.GroupBy(r => cases ? $"{r.Unit.Case.Label} {r.Unit.Policy.Name}" : r.Unit.Policy.Name, StringComparer.Ordinal))
        {
            var split = run.Select(r => Split(r.Summary)).ToArray();
            for (int i = 0; i < Phases.Length; i++)
            {
                bars.Add((run.Key, Phases[i], Math.Max(0, split.Average(p => p[i]))));
            }
        }

        return StackedBarChart.Render(bars, new ChartOptions
        {
            Title = title,
            XLabel = "policy",
            YLabel = "makespan (s)",
            Width = Math.Max(900, 120 * bars.Count / Phases.Length),
            Style = style,
        });
    }
}
