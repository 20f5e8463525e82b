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
        var table = new Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii)
            .Caption($"cost: price in {pricing.Currency}, {model}; utilisation = busy CPU-s / (cluster CPUs x makespan)");
        if (showVariant)
        {
            table.AddColumn("sweep");
        }

        if (showCase)
        {
            table.AddColumn("case");
        }

        table.AddColumn("policy");
        foreach (string column in new[] { "reserved CPU-s", "busy CPU-s", "memory GB-s", "container-s", "invoker-h", "utilisation", "price" })
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
            parts.Add(string.Join(", ", r.Unit.Scenario.Columns.Select(p => $"{p.Key}={p.Value}")));
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
