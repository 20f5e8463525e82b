using Burstsim.Results.Charts;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// A policy comparison on one workload (thesis sleep, thesis Monte Carlo, single invoker): the
/// timeline with one panel per policy on a shared time axis, the startup box plot, and optionally
/// the startup CDF. Files are named after the scenario.
/// </summary>
internal static class ComparisonFigures
{
    public static void Draw(FigureSheet sheet, StudyResult study, string what, bool cdf)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var shown = study.Shown;
        var table = ComparisonTable.For(study);
        string title = study.Study.Title;
        string policies = string.Join(" vs ", shown.Select(r => r.Unit.Policy.Name));

        var panels = shown.Select(r => new TimelinePanel(r.Unit.Policy.Name, r.Timeline!)).ToArray();
        var timeline = TimelineChart.Render(panels, new TimelineOptions { Title = $"{title}: function timeline" });
        sheet.Add(
            study.Name + "-timeline.svg",
            timeline,
            $"{what}: timeline",
            $"{study.Scenario.Description}. One panel per policy ({policies}) on the same time axis: a dot at each function's submit time, a bar from func start to func end coloured by invoker, and the number of running functions (black curve, right axis). {StudyData.Pointer(study)}",
            table);

        var boxes = shown.Where(r => r.Startups!.Count > 0).Select(r => BoxplotBox.FromValues(r.Unit.Policy.Name, "startup", r.Startups!)).ToArray();
        var boxplot = BoxplotChart.Render(boxes, new BoxplotOptions { Title = $"{title}: startup latency", XLabel = "policy", Width = BoxplotWidth(boxes.Length) });
        sheet.Add(
            study.Name + "-startup-boxplot.svg",
            boxplot,
            $"{what}: startup latency",
            $"Startup latency (worker_start - host_job_create) per policy; boxes span the quartiles, whiskers reach the last value within 1.5 IQR, circles are outliers. {StudyData.Pointer(study)}",
            table);

        if (cdf)
        {
            var series = shown.Where(r => r.Startups!.Count > 0).Select(r => CdfSeries.FromValues(r.Unit.Policy.Name, r.Startups!)).ToArray();
            var chart = CdfChart.Render(series, new CdfOptions { Title = $"{title}: startup latency CDF" });
            sheet.Add(
                study.Name + "-startup-cdf.svg",
                chart,
                $"{what}: startup latency distribution",
                $"Empirical CDF of startup latency, policies overlaid: the fraction of functions started by each time. {StudyData.Pointer(study)}",
                table);
        }
    }

    // The default width spreads two boxes half a page apart; a narrower chart keeps them comparable.
    private static double BoxplotWidth(int boxes) => Math.Clamp(260 + (140 * boxes), 560, 900);
}
