using System.Globalization;
using Burstsim.Results.Cost;
using Burstsim.Scenarios.Execution;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// The cost table printed under the summary: per case and policy (means over replications) the CPU the
/// run reserved and kept busy, container memory and lives, invoker-hours, utilisation and each run's total cost
/// under the scenario's price table.
/// </summary>
internal static class CostTable
{
    /// <summary>The table and its notes, in the rows and <paramref name="layout"/> of the summary table; null when no run has a cost.</summary>
    public static NotedTable? Build(IAnsiConsole console, bool interactive, IReadOnlyList<UnitResult> results, SweepLabels labels, IReadOnlyList<RowKey> keys, TableLayout layout)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(layout);
        var groups = results.GroupBy(r => new RowKey(labels.Label(r), r.Unit.Case.Label, r.Unit.Policy.Name))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Summary.Cost).OfType<RunCost>().ToArray());
        if (groups.Values.All(g => g.Length == 0))
        {
            return null;
        }

        var pricing = results[0].Unit.Scenario.Pricing;
        var table = ConsoleTables.NewTable(console, interactive);
        layout.AddNameColumns(table);
        // Short headers with units, so the table fits 80 columns: reserved and busy CPU-seconds, memory GB-seconds,
        // container-seconds (not the containers count of the summary), invoker-hours, utilisation, each run's cost.
        foreach (var (name, unit) in new[] { ("rsv", "CPU-s"), ("busy", "CPU-s"), ("mem", "GB-s"), ("ctr-s", ""), ("inv-h", ""), ("util", ""), ("cost", pricing.Currency) })
        {
            layout.AddValueColumn(table, name, unit);
        }

        var values = new List<IReadOnlyList<IRenderable>>();
        foreach (var key in keys)
        {
            var costs = groups.GetValueOrDefault(key) ?? [];
            values.Add([
                Cell(costs, c => c.ReservedCpuSeconds, layout.Format("0.0", "0")),
                Cell(costs, c => c.BusyCpuSeconds, layout.Format("0.0", "0")),
                Cell(costs, c => c.MemoryGbSeconds, layout.Format("0.0", "0")),
                Cell(costs, c => c.ContainerSeconds, layout.Format("0.0", "0")),
                Cell(costs, c => c.InvokerHours, layout.Format("0.000", "0.00")),
                Cell(costs, c => c.Utilisation, layout.Format("0.000", "0.00")),
                Cell(costs, c => c.Price, layout.Format("0.0000", "0.000"))]);
        }

        layout.AddRows(table, keys, values);

        var all = groups.Values.SelectMany(c => c).ToArray();
        var notes = new List<string>
        {
            $"cost, means over replications: cost {pricing.Currency} is each run's total, priced at {Rate(pricing)}; util = busy / (cluster CPUs x makespan)",
        };
        if (all.Length > 0 && all.All(c => c.BusyCpuSeconds == 0) && all.Any(c => c.ReservedCpuSeconds > 0))
        {
            notes.Add("busy CPU-s and util are 0: the functions sleep, and sleep functions hold no CPU");
        }

        return new NotedTable(table, notes);
    }

    /// <summary>"2.142 USD per invoker-hour", or the per-use rates.</summary>
    private static string Rate(Pricing pricing) => pricing.Model == PricingModel.PerUse
        ? string.Create(CultureInfo.InvariantCulture, $"{pricing.GbSecond:0.##########} {pricing.Currency} per GB-second and {pricing.Request:0.##########} per request")
        : string.Create(CultureInfo.InvariantCulture, $"{pricing.InstanceHour:0.####} {pricing.Currency} per invoker-hour");

    private static Text Cell(RunCost[] costs, Func<RunCost, double> value, string format) =>
        new(costs.Length == 0 ? "-" : costs.Average(value).ToString(format, CultureInfo.InvariantCulture));
}
