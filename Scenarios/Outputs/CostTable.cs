using System.Globalization;
using Burstsim.Results.Cost;
using Burstsim.Scenarios.Execution;
using Spectre.Console;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// The cost table printed under the summary: per case and policy (means over replications) the CPU the
/// run reserved and kept busy, container memory and lives, invoker-hours, utilisation and the price
/// under the scenario's price table.
/// </summary>
internal static class CostTable
{
    public static void Write(IAnsiConsole console, bool interactive, IReadOnlyList<UnitResult> results, IReadOnlyList<string[]> keys, bool showVariant, bool showCase)
    {
        var groups = results.GroupBy(r => Key(r, showVariant, showCase), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Summary.Cost).OfType<RunCost>().ToArray(), StringComparer.Ordinal);
        if (groups.Values.All(g => g.Length == 0))
        {
            return;
        }

        var pricing = results[0].Unit.Scenario.Pricing;
        string model = pricing.Model == PricingModel.PerUse ? "per GB-second and request" : "per invoker-hour";
        var table = SummaryTable.NewTable(console, interactive)
            .Caption($"cost, means; price in {pricing.Currency} {model}; util = busy / (cluster CPUs x makespan)");
        if (showVariant)
        {
            table.AddColumn("sweep");
        }

        if (showCase)
        {
            table.AddColumn("case");
        }

        table.AddColumn("policy");
        // Short headers with units, so the table fits 80 columns: reserved and busy CPU-seconds, memory GB-seconds,
        // container-seconds (not the containers count of the summary), invoker-hours, utilisation, price.
        foreach (string column in new[] { "rsv CPU-s", "busy CPU-s", "mem GB-s", "ctr-s", "inv-h", "util", "price" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var key in keys)
        {
            var costs = groups.GetValueOrDefault(string.Join('\u0001', key)) ?? [];
            table.AddRow([.. key.Select(k => new Text(k)),
                Cell(costs, c => c.ReservedCpuSeconds, "0.0"),
                Cell(costs, c => c.BusyCpuSeconds, "0.0"),
                Cell(costs, c => c.MemoryGbSeconds, "0.0"),
                Cell(costs, c => c.ContainerSeconds, "0.0"),
                Cell(costs, c => c.InvokerHours, "0.000"),
                Cell(costs, c => c.Utilisation, "0.000"),
                Cell(costs, c => c.Price, "0.0000")]);
        }

        console.Write(table);
    }

    private static string Key(UnitResult r, bool showVariant, bool showCase)
    {
        var parts = new List<string>();
        if (showVariant)
        {
            parts.Add(SummaryTable.Variant(r));
        }

        if (showCase)
        {
            parts.Add(r.Unit.Case.Label);
        }

        parts.Add(r.Unit.Policy.Name);
        return string.Join('\u0001', parts);
    }

    private static Text Cell(RunCost[] costs, Func<RunCost, double> value, string format) =>
        new(costs.Length == 0 ? "-" : costs.Average(value).ToString(format, CultureInfo.InvariantCulture));
}
