using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Cost;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// Cost against makespan per granularity: one hollow marker per run, coloured and shaped by workload size, each granularity's group of
/// runs labelled with its g; no lines, since no run exists between two granularities. x the makespan, y (log scale:
/// granularities span two decades) the pay-per-use price per 1000 functions (container memory GB-seconds and requests
/// at the Lambda list prices, divided by the run's functions). Renting the invokers instead
/// (the instance price, the console's "price" for this scenario) costs invokers x makespan x hourly price; the table
/// gives both prices.
/// </summary>
internal static class CostFigure
{
    public static void Draw(FigureSheet sheet, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var perUse = study.Scenario.Pricing with { Model = PricingModel.PerUse };
        var runs = study.Shown.Where(r => r.Summary.Cost is not null).ToArray();
        // Per function, the per-use price of a granularity hardly depends on the workload size (billing is per pack
        // and per GB-second), so the runs of one g form a tight group: one label per group says every point's g
        // (at 3.5 in, one label per point on a total-price axis overlapped and some had to be left out).
        // A granularity whose runs lie apart (classic: 48 and 96 functions at 22 s, 480 and 960 at 28 s) is several groups:
        // one label each, cut where two of its makespans, in order, differ by more than 5% of the axis' span.
        double span = runs.Length == 0 ? 0 : runs.Max(r => r.Summary.MakespanS) - runs.Min(r => r.Summary.MakespanS);
        var labelled = runs.GroupBy(r => r.Unit.Policy.GranularityCategory, StringComparer.Ordinal)
            .SelectMany(g => Clusters([.. g.OrderBy(r => r.Summary.MakespanS).ThenBy(r => r.Unit.Index)], 0.05 * span))
            .Select(c => c.OrderByDescending(r => r.Summary.MakespanS).ThenBy(r => r.Unit.Index).First())
            .ToHashSet();
        var perCase = study.Scenario.Cases
            .Select(c => (Name: FigureLabels.Case(c, study.Scenario.Cases), Runs: study.Scenario.Policies
                    .Select(p => runs.FirstOrDefault(r => r.Unit.Policy == p && r.Unit.Case == c))
                    .OfType<UnitResult>()
                    .Where(r => PerUse(r, perUse) > 0 && r.Summary.Functions > 0)
                    .ToArray()))
            .Where(s => s.Runs.Length > 0)
            .ToArray();
        var series = perCase
            .Select(s => (s.Name, Points: (IReadOnlyList<LinePoint>)
                [.. s.Runs.Select(r => new LinePoint(r.Summary.MakespanS, PerThousand(r, perUse), Label: labelled.Contains(r) ? Short(r.Unit.Policy.GranularityCategory) : null))]))
            .ToArray();
        // Every point's granularity, in the chart data's row order (series by series): the CSV's g column.
        string[] g = [.. perCase.SelectMany(s => s.Runs).Select(r => r.Unit.Policy.GranularityLabel)];
        var table = new ReportTable(
            $"{study.Name}: cost vs makespan (seed {study.Scenario.Seed}; prices in {perUse.Currency})",
            ["functions", "granularity", "makespan s", "reserved CPU-s", "busy CPU-s", "memory GB-s", "requests", "per-use price", "instance price"],
            [.. runs.Select(r => Row(r, perUse))]);
        string currency = perUse.Currency;
        sheet.Add(
            study.Name + "-cost-vs-makespan",
            LineChart.RenderPanels([new LinePanel("", series, [])], new ChartOptions
            {
                Title = $"{study.Study.Title}: cost against makespan by granularity",
                XLabel = "makespan (s)",
                YLabel = $"{currency} per 1000 functions (log)",
                Width = 900,
                Height = 520,
                Style = sheet.Style,
            }, new LineAxes(LogY: true, Joined: false)).WithColumn("g", g),
            "Paper startup: cost against makespan",
            $"{FigureLabels.Description(study.Scenario)}. One hollow marker per run of replication 0, coloured and shaped by workload size (lightest the smallest; circle, square, triangle, diamond in the legend's order, so runs at one place all show); each group of runs of one granularity lying together is labelled with it (g=1 is classic OpenWhisk, g=2 to 48 bursts of g functions per container); markers are not joined because no run lies between two granularities or sizes. "
            + $"y is the pay-per-use price of the run divided by its functions, per 1000 functions, on a log scale: billed GB-seconds (each invocation's run time x memory, rounded up to 1 ms) x {perUse.GbSecond.ToString(CultureInfo.InvariantCulture)} + requests x {perUse.Request.ToString(CultureInfo.InvariantCulture)} {currency} (AWS Lambda list prices); a burst pack is one invocation billed at its container's memory (platform.burst_pack_memory: per_pack, the default: the thesis rack's 48-worker packs fit only if the pack shares one container's memory; per_worker bills g times it). "
            + $"The console's price column uses the scenario's own model, the instance price (invokers x makespan x hourly price) for this scenario; the figure's table gives both prices per run. {StudyData.Pointer(study)}",
            table);
    }

    // Runs sorted by makespan cut wherever two neighbours are more than gap seconds apart.
    private static IEnumerable<UnitResult[]> Clusters(UnitResult[] sorted, double gap)
    {
        for (int k = 0; k < sorted.Length;)
        {
            int last = k;
            while (last + 1 < sorted.Length && sorted[last + 1].Summary.MakespanS - sorted[last].Summary.MakespanS <= gap)
            {
                last++;
            }

            yield return sorted[k..(last + 1)];
            k = last + 1;
        }
    }

    // "g=1 (classic)" -> "g=1": the marker label stays short, the caption says g=1 is classic.
    private static string Short(string category) => category.Split(' ')[0];

    private static double PerThousand(UnitResult r, Pricing perUse) => PerUse(r, perUse) * 1000 / r.Summary.Functions;

    private static double PerUse(UnitResult r, Pricing perUse) => perUse.PriceOf(r.Summary.Cost!.InvokerHours, r.Summary.Cost.BilledGbSeconds, r.Summary.Cost.Requests);

    private static IReadOnlyList<string> Row(UnitResult r, Pricing perUse)
    {
        var cost = r.Summary.Cost!;
        return
        [
            r.Summary.Functions.ToString(CultureInfo.InvariantCulture),
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
