using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Cost;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// Cost against makespan per granularity: one line per workload size through classic (granularity 1)
/// and the burst granularities, x the makespan, y the pay-per-use price (container memory GB-seconds and
/// requests at the Lambda list prices). Renting the invokers instead costs invokers x makespan x hourly
/// price, a straight line in x; the table gives both prices.
/// </summary>
internal static class CostFigure
{
    public static void Draw(FigureSheet sheet, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var perUse = study.Scenario.Pricing with { Model = PricingModel.PerUse };
        var runs = study.Shown.Where(r => r.Summary.Cost is not null).ToArray();
        var series = study.Scenario.Cases
            .Select(c => (Name: Size(c.Columns, c.Label), Points: (IReadOnlyList<LinePoint>)
                [.. study.Scenario.Policies
                    .Select(p => runs.FirstOrDefault(r => r.Unit.Policy == p && r.Unit.Case == c))
                    .OfType<UnitResult>()
                    .Select(r => new LinePoint(r.Summary.MakespanS, PerUse(r, perUse)))]))
            .Where(s => s.Points.Count > 0)
            .ToArray();
        var table = new ReportTable(
            $"{study.Name}: cost vs makespan (seed {study.Scenario.Seed}; prices in {perUse.Currency})",
            ["workers", "granularity", "makespan s", "reserved CPU-s", "busy CPU-s", "memory GB-s", "requests", "per-use price", "instance price"],
            [.. runs.Select(r => Row(r, perUse))]);
        sheet.Add(
            study.Name + "-cost-vs-makespan.svg",
            LineChart.Render(series, [], new ChartOptions
            {
                Title = $"{study.Study.Title}: cost against makespan by granularity",
                XLabel = "makespan (s)",
                YLabel = $"pay-per-use price ({perUse.Currency})",
            }),
            "Paper startup: cost against makespan",
            $"{study.Scenario.Description}. Each line is one workload size; its points, in the order of the policies, are classic (granularity 1) then bursts of g = 2 to 48 workers per container. "
            + $"Price per use: memory GB-seconds x {perUse.GbSecond.ToString(CultureInfo.InvariantCulture)} + requests x {perUse.Request.ToString(CultureInfo.InvariantCulture)} (AWS Lambda list prices). {StudyData.Pointer(study)}",
            table);
    }

    private static double PerUse(UnitResult r, Pricing perUse) => perUse.PriceOf(r.Summary.Cost!.InvokerHours, r.Summary.Cost.BilledGbSeconds, r.Summary.Cost.Requests);

    private static string Size(IReadOnlyList<KeyValuePair<string, string>> columns, string label)
    {
        string? workers = columns.FirstOrDefault(p => p.Key == "workers").Value;
        return workers is null ? label : workers + " workers";
    }

    private static IReadOnlyList<string> Row(UnitResult r, Pricing perUse)
    {
        var cost = r.Summary.Cost!;
        return
        [
            Size(r.Unit.Case.Columns, r.Unit.Case.Label),
            r.Unit.Policy.GranularityLabel,
            ReportCells.Seconds(r.Summary.MakespanS),
            cost.ReservedCpuSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            cost.BusyCpuSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            cost.MemoryGbSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            cost.Requests.ToString(CultureInfo.InvariantCulture),
            PerUse(r, perUse).ToString("0.000000", CultureInfo.InvariantCulture),
            (perUse with { Model = PricingModel.Instance }).PriceOf(cost.InvokerHours, cost.MemoryGbSeconds, cost.Requests).ToString("0.000000", CultureInfo.InvariantCulture),
        ];
    }
}
