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
        var shown = study.Shown.Where(r => r.Startups!.Count > 0).ToArray();

        // Categories in the order of the scenario's policies, sizes in the order of its cases.
        var boxes = study.Scenario.Policies
            .SelectMany(p => study.Scenario.Cases.Select(c => shown.FirstOrDefault(r => r.Unit.Policy == p && r.Unit.Case == c)))
            .OfType<UnitResult>()
            .Select(r => BoxplotBox.FromValues(Category(r), Size(r), r.Startups!))
            .ToArray();
        var options = new BoxplotOptions
        {
            Title = $"{study.Study.Title}: startup latency by granularity",
            XLabel = "granularity (functions per container; 1 = classic)",
            Width = 1000,
        };
        var table = new ReportTable(
            $"{study.Name} (seed {study.Scenario.Seed})",
            ["granularity", "workers", "startup p50 s", "p95 s", "max s", "makespan s", "containers"],
            [.. boxes.Select((_, i) => i).Select(i => Row(shown, boxes[i]))]);
        sheet.Add(
            study.Name + "-startup-by-granularity.svg",
            BoxplotChart.Render(boxes, options),
            "Paper startup: latency by granularity",
            $"{study.Scenario.Description}. Startup latency (worker_start - host_job_create) for classic OpenWhisk (granularity 1) and bursts packed g workers per container, one box per workload size. {StudyData.Pointer(study)}",
            table);
    }

    private static string Category(UnitResult r) => r.Unit.Policy.GranularityLabel == "1" ? "1 (classic)" : r.Unit.Policy.GranularityLabel;

    private static string Size(UnitResult r)
    {
        string? workers = r.Unit.Case.Columns.FirstOrDefault(p => p.Key == "workers").Value;
        return workers is null ? r.Unit.Case.Label : workers + " workers";
    }

    private static IReadOnlyList<string> Row(IReadOnlyList<UnitResult> shown, BoxplotBox box)
    {
        var summary = shown.First(r => Category(r) == box.Category && Size(r) == box.Series).Summary;
        return
        [
            box.Category,
            summary.Functions.ToString(CultureInfo.InvariantCulture),
            ReportCells.Seconds(summary.StartupP50S),
            ReportCells.Seconds(summary.StartupP95S),
            ReportCells.Seconds(summary.StartupMaxS),
            ReportCells.Seconds(summary.MakespanS),
            ReportCells.Count(summary.Containers),
        ];
    }
}
