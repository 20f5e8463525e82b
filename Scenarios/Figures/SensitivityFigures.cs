using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// FaaSBatch sensitivity: mean startup latency and containers provisioned against the dispatch
/// interval (log scale), per workload case, means over replications with 95% Student t bands.
/// Classic and burst have no dispatch interval: they are horizontal reference lines (with their
/// bands), named as off scale instead of stretching the axis when far from FaaSBatch's values.
/// </summary>
internal static class SensitivityFigures
{
    public static void Draw(FigureSheet sheet, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        int replications = study.Scenario.Replications;
        foreach (var @case in study.Scenario.Cases)
        {
            var points = Points(study, @case);
            var intervals = points.Where(p => p.IntervalS is not null).Select(p => p.IntervalS!.Value).ToArray();
            if (intervals.Length == 0)
            {
                continue;
            }

            var table = Table(study, @case, points);
            string where = $"{study.Study.Title}, {@case.Label}";
            string bands = replications > 1
                ? $"Lines are means over {replications.ToString(CultureInfo.InvariantCulture)} replications, bands their 95% confidence intervals (Student t)."
                : "One replication: no confidence band.";
            string name = study.Name + "-" + @case.Label;

            var startup = LineChart.Render(
                Series(points, p => p.Startup),
                References(points, p => p.Startup),
                Options($"{where}: startup latency", "mean startup latency (s)"),
                logX: true);
            sheet.Add(
                name + "-startup",
                startup,
                $"FaaSBatch sensitivity ({@case.Label}): startup latency",
                $"{study.Scenario.Description}. Mean startup latency (worker_start - host_job_create) of a run against FaaSBatch's dispatch interval (log scale); vanilla OpenWhisk (classic) and burst do not batch and are dashed reference lines. {bands} {StudyData.Pointer(study)}",
                table);

            var containers = LineChart.Render(
                Series(points, p => p.Containers),
                References(points, p => p.Containers),
                Options($"{where}: containers", "containers provisioned"),
                logX: true);
            sheet.Add(
                name + "-containers",
                containers,
                $"FaaSBatch sensitivity ({@case.Label}): containers provisioned",
                $"Distinct containers a run provisioned against FaaSBatch's dispatch interval (log scale); classic and burst as dashed reference lines. {bands} {StudyData.Pointer(study)}",
                null);
        }
    }

    private static ChartOptions Options(string title, string yLabel) => new()
    {
        Title = title,
        XLabel = "FaaSBatch dispatch interval (s, log scale)",
        YLabel = yLabel,
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

    private static (string, double, double?, double?)[] References(List<SensitivityPoint> points, Func<SensitivityPoint, ConfidenceInterval> metric) =>
    [
        .. points.Where(p => p.IntervalS is null).Select(p => metric(p) is var ci && ci.N > 1
            ? (p.Policy, ci.Mean, (double?)ci.Low, (double?)ci.High)
            : (p.Policy, ci.Mean, null, null)),
    ];

    private static ReportTable Table(StudyResult study, ScenarioCase @case, List<SensitivityPoint> points) => new(
        $"{study.Name}, {@case.Label} (seed {study.Scenario.Seed.ToString(CultureInfo.InvariantCulture)}, {study.Scenario.Replications.ToString(CultureInfo.InvariantCulture)} replications; mean ± 95% half-width)",
        ["policy", "interval s", "startup mean s", "containers"],
        [
            .. points.Select(p => (IReadOnlyList<string>)
            [
                p.Policy,
                p.IntervalS?.ToString(CultureInfo.InvariantCulture) ?? "-",
                ReportCells.Interval(p.Startup, "0.00"),
                ReportCells.Interval(p.Containers, "0.0"),
            ]),
        ]);

    private static ConfidenceInterval Interval(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? new ConfidenceInterval(double.NaN, double.NaN, double.NaN, 0, 0, 0.95) : ConfidenceInterval.Of(finite);
    }
}
