using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// FaaSBatch sensitivity: mean startup latency and containers provisioned against the dispatch
/// interval, per workload case, means over replications with 95% Student t bands. Classic and burst
/// have no dispatch interval, so they are drawn flat across the range as references.
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
                Series(points, intervals, p => p.Startup),
                new LineChartOptions { Title = $"{where}: startup latency", XLabel = "FaaSBatch dispatch interval (s)", YLabel = "mean startup latency (s)" });
            sheet.Add(
                name + "-startup.svg",
                startup,
                $"FaaSBatch sensitivity ({@case.Label}): startup latency",
                $"{study.Scenario.Description}. Mean startup latency (worker_start - host_job_create) of a run against FaaSBatch's dispatch interval; vanilla OpenWhisk (classic) and burst do not batch and are drawn flat. {bands} {StudyData.Pointer(study)}",
                table);

            var containers = LineChart.Render(
                Series(points, intervals, p => p.Containers),
                new LineChartOptions { Title = $"{where}: containers", XLabel = "FaaSBatch dispatch interval (s)", YLabel = "containers provisioned" });
            sheet.Add(
                name + "-containers.svg",
                containers,
                $"FaaSBatch sensitivity ({@case.Label}): containers provisioned",
                $"Distinct containers a run provisioned against FaaSBatch's dispatch interval; classic and burst drawn flat. {bands} {StudyData.Pointer(study)}",
                table);
        }
    }

    private static List<SensitivityPoint> Points(StudyResult study, ScenarioCase @case) =>
    [
        .. study.Results
            .Where(r => r.Unit.Case == @case)
            .GroupBy(r => r.Unit.Policy)
            .Select(g => new SensitivityPoint(
                Family(g.Key),
                g.Key.Name,
                g.Key.Kind == PolicyKind.FaaSBatch ? g.Key.DispatchIntervalS : null,
                Interval(g.Select(r => r.Summary.StartupMeanS)),
                Interval(g.Select(r => (double)r.Summary.Containers))))
            .Where(p => (p.Policy != "faasbatch" || p.IntervalS is not null) && double.IsFinite(p.Startup.Mean)),
    ];

    private static LineSeries[] Series(List<SensitivityPoint> points, double[] intervals, Func<SensitivityPoint, ConfidenceInterval> metric)
    {
        double low = intervals.Min();
        double high = intervals.Max();
        return
        [
            .. points.GroupBy(p => p.Policy, StringComparer.Ordinal).Select(g => new LineSeries(
                g.Key,
                g.First().IntervalS is null
                    ? [LinePoint.FromInterval(low, metric(g.First())), LinePoint.FromInterval(high, metric(g.First()))]
                    : [.. g.OrderBy(p => p.IntervalS).Select(p => LinePoint.FromInterval(p.IntervalS!.Value, metric(p)))])),
        ];
    }

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

    private static string Family(PolicySpec policy) => policy.Kind switch
    {
        PolicyKind.Classic => "classic",
        PolicyKind.Burst => "burst",
        _ => "faasbatch",
    };

    private static ConfidenceInterval Interval(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? new ConfidenceInterval(double.NaN, double.NaN, double.NaN, 0, 0, 0.95) : ConfidenceInterval.Of(finite);
    }
}
