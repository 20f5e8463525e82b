using System.Globalization;
using Burstsim.Results;
using Burstsim.Results.Charts;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Figures;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// The keep-alive trade-off, for runs that compare keep-alive policies (at least two distinct ones): figures/keepalive-tradeoff.csv
/// (one row per policy and case: the means over replications of cold_start_ratio and idle_memory_gb_s) and
/// figures/keepalive-tradeoff.svg, .png or .pdf as asked (cold-start ratio against idle memory, one point per policy, the fixed keep-alive
/// points joined as a curve, as in Shahrad et al., ATC'20, Figures 15 and 16). First case only in the figure.
/// </summary>
internal static class KeepAliveTradeoff
{
    public const string CsvName = "keepalive-tradeoff.csv";
    /// <summary>The figure's file name without its extension.</summary>
    public const string Stem = "keepalive-tradeoff";

    /// <summary>Writes the CSV and the figure in every format of <paramref name="formats"/>; returns the files written and the figure's title (none when fewer than two keep-alive policies ran).</summary>
    public static (IReadOnlyList<string> Files, string? Title) Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results, IReadOnlyList<Burstsim.Results.Report.ExportFormat> formats, FigureStyle style)
    {
        var points = results
            .Where(r => double.IsFinite(r.Summary.ColdStartRatio) && double.IsFinite(r.Summary.IdleMemoryGbS))
            .GroupBy(r => (Case: r.Unit.Case.Label, Policy: r.Unit.Policy.Name))
            .Select(g => (g.Key.Case, g.First().Unit.Policy, Runs: g.Count(), Cold: g.Average(r => r.Summary.ColdStartRatio), IdleGbS: g.Average(r => r.Summary.IdleMemoryGbS)))
            .ToList();
        if (points.Select(p => p.Policy.KeepAlive?.Name).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return ([], null);
        }

        Execution.StagingRegistry.CreateDirectory(directory);
        var text = new System.Text.StringBuilder();
        text.Append(CsvCells.Line(["scenario", "case", "policy", "replications", "cold_start_ratio", "idle_memory_gb_s"]));
        foreach (var p in points)
        {
            text.Append(CsvCells.Line([scenarioName, p.Case, p.Policy.Name, p.Runs.ToString(CultureInfo.InvariantCulture), CsvCells.Number(p.Cold), CsvCells.Number(p.IdleGbS)]));
        }

        File.WriteAllText(Path.Combine(directory, CsvName), text.ToString(), OutputEncoding.Utf8NoBom);

        string first = points[0].Case;
        var shown = points.Where(p => p.Case == first).ToList();
        var series = new List<(string Name, IReadOnlyList<LinePoint> Points)>();
        // A keep-alive policy run at several option values (fixed at 5..120 minutes) is one curve; the others are points.
        foreach (var policy in shown.GroupBy(p => p.Policy.KeepAlive?.Factory.Name ?? "openwhisk", StringComparer.Ordinal))
        {
            if (policy.Count() > 1)
            {
                series.Add(($"{policy.Key} keep-alive (curve over its options)", [.. policy.OrderBy(p => p.IdleGbS).Select(p => new LinePoint(p.IdleGbS, p.Cold))]));
                continue;
            }

            var p = policy.Single();
            series.Add((FigureLabels.Policy(p.Policy), [new LinePoint(p.IdleGbS, p.Cold)]));
        }

        var options = new ChartOptions(
            Title: $"{scenarioName}: keep-alive trade-off",
            XLabel: "memory held by idle containers (GB-s)",
            YLabel: "cold-start ratio (functions that paid a cold start / functions)",
            Width: 900,
            Height: 520) { Style = style };
        return ([CsvName, .. LineChart.Render(series, [], options).Save(directory, Stem, formats)], options.Title);
    }
}
