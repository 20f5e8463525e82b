using Burstsim.Results.Charts;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// A policy comparison on one workload (thesis sleep, thesis Monte Carlo, single invoker): the
/// timeline with one panel per policy on a shared time axis (replication 0), the startup box plot,
/// and optionally the startup CDF (both pooling every replication). Files are named after the
/// scenario; the study's table sits beside its first figure only.
/// </summary>
internal static class ComparisonFigures
{
    public static void Draw(FigureSheet sheet, StudyResult study, string what, bool cdf)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var shown = study.Shown;
        string title = study.Study.Title;
        string policies = string.Join(" vs ", shown.Select(r => FigureLabels.Policy(r.Unit.Policy)));

        var panels = shown.Select(r => new TimelinePanel(FigureLabels.Policy(r.Unit.Policy), r.Timeline!)).ToArray();
        var timeline = TimelineChart.Render(panels, TimelineChart.Defaults with { Title = $"{title}: function timeline", Style = sheet.Style });
        sheet.Add(
            study.Name + "-timeline",
            timeline,
            $"{what}: timeline",
            $"{FigureLabels.Description(study.Scenario)}. One panel per policy ({policies}) on the same time axis, replication 0; the bottom panel counts running functions per policy. {StudyData.Pointer(study)}",
            ComparisonTable.For(study));

        var pooled = shown.Select(r => (Run: r, Startups: study.Pooled(r))).Where(p => p.Startups.Count > 0).ToArray();
        string n = FigureLabels.Pooled(pooled.Select(p => p.Startups.Count), study.Scenario.Replications, "box");
        var boxes = pooled.Select(p => (FigureLabels.Policy(p.Run.Unit.Policy), "startup", p.Startups)).ToArray();
        var boxplot = BoxplotChart.Render(boxes, BoxplotChart.Defaults with { Title = $"{title}: startup latency", XLabel = "policy", Width = BoxplotWidth(boxes.Length), Style = sheet.Style });
        sheet.Add(
            study.Name + "-startup-boxplot",
            boxplot,
            $"{what}: startup latency",
            $"Startup latency (worker_start - host_job_create) per policy ({n}). {StudyData.Pointer(study)}",
            null);

        if (cdf)
        {
            var series = pooled.Select(p => (FigureLabels.Policy(p.Run.Unit.Policy), p.Startups)).ToArray();
            var chart = CdfChart.Render(series, CdfChart.Defaults with { Title = $"{title}: startup latency CDF", Style = sheet.Style });
            sheet.Add(
                study.Name + "-startup-cdf",
                chart,
                $"{what}: startup latency distribution",
                $"Empirical CDF of startup latency, policies overlaid ({FigureLabels.Pooled(pooled.Select(p => p.Startups.Count), study.Scenario.Replications, "curve")}): the fraction of functions started by each time. {StudyData.Pointer(study)}",
                null);
        }
    }

    // The default width spreads two boxes half a page apart; a narrower chart keeps them comparable.
    private static double BoxplotWidth(int boxes) => Math.Clamp(300 + (140 * boxes), 600, 900);
}
