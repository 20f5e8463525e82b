using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// The paper's Figure 6: startup latency by granularity (functions per container; 1 = classic),
/// one box per workload size side by side, sizes told apart by colour and legend.
/// </summary>
internal static class GranularityFigure
{
    public static void Draw(FigureSheet sheet, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var shown = study.Shown.Where(r => study.Pooled(r).Count > 0).ToArray();

        // Categories in the order of the scenario's policies, sizes in the order of its cases.
        var runs = study.Scenario.Policies
            .SelectMany(p => study.Scenario.Cases.Select(c => shown.FirstOrDefault(r => r.Unit.Policy == p && r.Unit.Case == c)))
            .OfType<UnitResult>()
            .ToArray();
        // "g=1" rather than "g=1 (classic)": seven categories share a 3.5-inch axis; the axis label says g=1 is classic.
        var boxes = runs.Select(r => (FigureLabels.Granularity(r.Unit.Policy).Split(' ')[0], FigureLabels.Case(r.Unit.Case, study.Scenario.Cases), Values: study.Pooled(r))).ToArray();
        // Log or linear: BoxplotChart.LogScale, the one rule of every startup box plot (run's startup-boxplot too).
        var options = BoxplotChart.Defaults with
        {
            Title = $"{study.Study.Title}: startup latency by granularity",
            XLabel = "granularity g (functions per container; g=1 is classic)",
            Width = 1000,
            Style = sheet.Style,
        };
        var table = new ReportTable(
            $"{study.Name} (seed {study.Scenario.Seed}, replication 0)",
            ["granularity", "functions", "startup p50 s", "p95 s", "max s", "makespan s", "containers"],
            [.. runs.Select(r => Row(r, FigureLabels.Granularity(r.Unit.Policy)))]);
        string n = FigureLabels.Pooled(boxes.Select(b => b.Values.Count), study.Scenario.Replications, "box");
        sheet.Add(
            study.Name + "-startup-by-granularity",
            BoxplotChart.Render(boxes, options),
            "Paper startup: latency by granularity",
            $"{FigureLabels.Description(study.Scenario)}. Startup latency (worker_start - host_job_create) for classic OpenWhisk (g=1) and bursts packed g functions per container, one box per workload size, lightest the smallest ({n}). {StudyData.Pointer(study)}",
            table);
    }

    private static IReadOnlyList<string> Row(UnitResult run, string granularity)
    {
        var summary = run.Summary;
        return
        [
            granularity,
            summary.Functions.ToString(CultureInfo.InvariantCulture),
            ReportCells.Seconds(summary.StartupP50S),
            ReportCells.Seconds(summary.StartupP95S),
            ReportCells.Seconds(summary.StartupMaxS),
            ReportCells.Seconds(summary.MakespanS),
            ReportCells.Count(summary.Containers),
        ];
    }
}
