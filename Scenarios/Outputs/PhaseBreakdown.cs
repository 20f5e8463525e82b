using System.Globalization;
using Burstsim.Results;
using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// Where the makespan went, for scenarios with phased bodies: figures/phase-breakdown.csv (long form: one row per
/// run and phase of its critical path, startup / compute / comm / other, ready for a stacked bar per policy) and
/// figures/phase-breakdown.svg (cumulative lines over granularity for the burst policies, classic's makespan as a
/// reference line).
/// </summary>
internal static class PhaseBreakdown
{
    public const string CsvName = "phase-breakdown.csv";
    public const string SvgName = "phase-breakdown.svg";

    private static readonly string[] Phases = ["startup", "compute", "comm", "other"];

    public static IReadOnlyList<string> Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results)
    {
        if (!results.Any(r => r.Summary.CriticalComputeS > 0 || r.Summary.CriticalCommS > 0))
        {
            return [];
        }

        Directory.CreateDirectory(directory);
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
        if (Chart(scenarioName, results) is { } svg)
        {
            svg.Save(Path.Combine(directory, SvgName));
            written.Add(SvgName);
        }

        return written;
    }

    /// <summary>startup, compute, comm and the rest of the makespan along its critical path, s.</summary>
    public static double[] Split(SummaryRow s)
    {
        ArgumentNullException.ThrowIfNull(s);
        double startup = double.IsFinite(s.CriticalStartupS) ? s.CriticalStartupS : 0;
        return [startup, s.CriticalComputeS, s.CriticalCommS, s.MakespanS - startup - s.CriticalComputeS - s.CriticalCommS];
    }

    /// <summary>
    /// Until a stacked-bar chart exists: for the burst policies of the first case, cumulative lines over granularity
    /// (startup; + compute; + comm; makespan), so the gaps between lines are the phases; classic's makespan is flat.
    /// </summary>
    private static SvgDocument? Chart(string scenarioName, IReadOnlyList<UnitResult> results)
    {
        var first = results[0].Unit.Case;
        var ofCase = results.Where(r => r.Unit.Case == first).ToArray();
        var burst = ofCase.Where(r => r.Unit.Policy.Kind == PolicyKind.Burst && r.Unit.Policy.Granularity is not null && !r.Unit.Policy.Join)
            .GroupBy(r => r.Unit.Policy.Granularity!.Value).OrderBy(g => g.Key).ToArray();
        if (burst.Length < 2)
        {
            return null;
        }

        LinePoint Point(IGrouping<int, UnitResult> g, int upTo) =>
            new(g.Key, g.Average(r => Split(r.Summary).Take(upTo + 1).Sum()));

        string[] names = ["startup", "+ compute", "+ comm", "makespan (+ runtime steps)"];
        var series = names.Select((name, i) => new LineSeries($"burst: {name}", [.. burst.Select(g => Point(g, i))])).ToList();
        var classic = ofCase.Where(r => r.Unit.Policy.Kind == PolicyKind.Classic).ToArray();
        if (classic.Length > 0)
        {
            double makespan = classic.Average(r => r.Summary.MakespanS);
            series.Add(new LineSeries("classic makespan (via storage)", [new(burst[0].Key, makespan), new(burst[^1].Key, makespan)]));
        }

        return LineChart.Render(series, new LineChartOptions
        {
            Title = $"{scenarioName}: makespan by phase (critical path)",
            XLabel = "granularity (workers per container)",
            YLabel = "seconds since host_job_create",
            Width = 1000,
        });
    }
}
