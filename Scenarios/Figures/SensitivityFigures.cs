using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// FaaSBatch sensitivity: mean startup latency and containers provisioned against the dispatch
/// interval (log scale), one panel per workload case on one shared log y axis, means over replications
/// with 95% Student t bands labelled with their n. Classic and burst have no dispatch interval: they are
/// horizontal reference lines (with their bands), on scale thanks to the log axis.
/// </summary>
internal static class SensitivityFigures
{
    public static void Draw(FigureSheet sheet, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        int replications = study.Scenario.Replications;
        var cases = study.Scenario.Cases
            .Select(c => (Case: c, Points: Points(study, c)))
            .Where(c => c.Points.Any(p => p.IntervalS is not null))
            .ToArray();
        if (cases.Length == 0)
        {
            return;
        }

        string n = replications.ToString(CultureInfo.InvariantCulture);
        string? band = replications > 1 ? $"95% CI (Student t, n = {n} replications)" : null;
        string bands = replications > 1
            ? $"Markers are means over n = {n} replications, shaded bands their 95% confidence intervals (Student t)."
            : "One replication: no confidence band.";
        var axes = new LineAxes(LogX: true, LogY: true, BandLabel: band);
        string where = string.Join(" and ", cases.Select(c => c.Case.Label));

        var startup = LineChart.RenderPanels(
            [.. cases.Select(c => new LinePanel(c.Case.Label, Series(c.Points, p => p.Startup), References(c.Points, p => p.Startup)))],
            Options($"{study.Study.Title}: startup latency", "mean startup (s, log)", sheet.Style),
            axes);
        sheet.Add(
            study.Name + "-startup",
            startup,
            $"FaaSBatch sensitivity ({where}): startup latency",
            $"{FigureLabels.Description(study.Scenario)}. Mean startup latency (worker_start - host_job_create) of a run against FaaSBatch's dispatch interval, one panel per workload sharing one log y axis so that burst and classic stay on scale; vanilla OpenWhisk (classic) and burst do not batch and are dashed reference lines. {bands} {StudyData.Pointer(study)}",
            Table(study, cases));

        var containers = LineChart.RenderPanels(
            [.. cases.Select(c => new LinePanel(c.Case.Label, Series(c.Points, p => p.Containers), References(c.Points, p => p.Containers)))],
            Options($"{study.Study.Title}: containers", "containers (log)", sheet.Style),
            axes);
        sheet.Add(
            study.Name + "-containers",
            containers,
            $"FaaSBatch sensitivity ({where}): containers provisioned",
            $"Distinct containers a run provisioned against FaaSBatch's dispatch interval, one panel per workload on one log y axis; classic and burst as dashed reference lines{FixedReferences(cases)}. {bands} {StudyData.Pointer(study)}",
            null);
    }

    private static ChartOptions Options(string title, string yLabel, FigureStyle style) => new()
    {
        Title = title,
        XLabel = "FaaSBatch dispatch interval (s, log scale)",
        YLabel = yLabel,
        Width = 800,
        Height = 360,
        Style = style,
    };

    private static List<SensitivityPoint> Points(StudyResult study, ScenarioCase @case) =>
    [
        .. study.Results
            .Where(r => r.Unit.Case == @case)
            .GroupBy(r => r.Unit.Policy)
            .Select(g => new SensitivityPoint(
                g.Key.Family.Name,
                g.Key.Name,
                g.Key.Placement.Options.WrittenNumber("interval"),
                Interval(g.Select(r => r.Summary.StartupMeanS)),
                Interval(g.Select(r => (double)r.Summary.Containers))))
            .Where(p => double.IsFinite(p.Startup.Mean)),
    ];

    private static (string, IReadOnlyList<LinePoint>)[] Series(List<SensitivityPoint> points, Func<SensitivityPoint, ConfidenceInterval> metric) =>
    [
        .. points.Where(p => p.IntervalS is not null).GroupBy(p => p.Policy, StringComparer.Ordinal).Select(g => (
            g.Key,
            (IReadOnlyList<LinePoint>)[.. g.OrderBy(p => p.IntervalS).Select(p => LinePoint.FromInterval(p.IntervalS!.Value, metric(p)))])),
    ];

    // Classic and burst provision the same containers in every replication (one per function, one per pack): their lines
    // have no interval to draw, which the caption says rather than leave the reader to look for one (review 24c L9).
    private static string FixedReferences((ScenarioCase Case, List<SensitivityPoint> Points)[] cases)
    {
        var references = cases.SelectMany(c => c.Points).Where(p => p.IntervalS is null).Select(p => p.Containers).ToArray();
        return references.Length > 0 && references.All(ci => ci.N > 1 && ci.Low == ci.High)
            ? " (the same count in every replication, so without an interval)"
            : "";
    }

    private static (string, double, double?, double?)[] References(List<SensitivityPoint> points, Func<SensitivityPoint, ConfidenceInterval> metric) =>
    [
        .. points.Where(p => p.IntervalS is null).Select(p => metric(p) is var ci && ci.N > 1
            ? (p.Policy, ci.Mean, (double?)ci.Low, (double?)ci.High)
            : (p.Policy, ci.Mean, null, null)),
    ];

    private static ReportTable Table(StudyResult study, (ScenarioCase Case, List<SensitivityPoint> Points)[] cases) => new(
        $"{study.Name} (seed {study.Scenario.Seed.ToString(CultureInfo.InvariantCulture)}, n = {study.Scenario.Replications.ToString(CultureInfo.InvariantCulture)} replications; mean ± 95% half-width)",
        ["case", "policy", "interval s", "startup mean s", "containers"],
        [
            .. cases.SelectMany(c => c.Points.Select(p => (IReadOnlyList<string>)
            [
                c.Case.Label,
                p.Policy,
                p.IntervalS?.ToString(CultureInfo.InvariantCulture) ?? "-",
                ReportCells.Interval(p.Startup, "0.00"),
                ReportCells.Interval(p.Containers, "0.0"),
            ])),
        ]);

    private static ConfidenceInterval Interval(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? new ConfidenceInterval(double.NaN, double.NaN, double.NaN, 0, 0, 0.95) : ConfidenceInterval.Of(finite);
    }
}
