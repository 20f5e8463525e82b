using System.Globalization;
using Burstsim.Scenarios.Execution;
using Spectre.Console;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// The table printed after a run: one row per case and policy (means over replications), so classic,
/// burst and FaaSBatch read side by side. Plain text when the output is not a terminal.
/// </summary>
internal static class SummaryTable
{
    public static void Print(TextWriter stdout, bool interactive, IReadOnlyList<UnitResult> results)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 160;
        }

        var groups = results.GroupBy(r => (Variant: Variant(r), r.Unit.Case.Label, r.Unit.Policy.Name)).ToArray();
        bool showVariant = groups.Any(g => g.Key.Variant.Length > 0);
        bool showCase = groups.Select(g => g.Key.Label).Distinct(StringComparer.Ordinal).Count() > 1;
        int replications = results.Count == 0 ? 0 : results.Max(r => r.Unit.Replication) + 1;

        var table = new Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii);
        if (showVariant)
        {
            table.AddColumn("sweep");
        }

        if (showCase)
        {
            table.AddColumn("case");
        }

        table.AddColumn("policy");
        bool faults = results.Any(r => r.Summary.Failed > 0 || r.Summary.Retried > 0);
        string[] columns = faults
            ? ["functions", "makespan s", "startup p50 s", "p95 s", "max s", "peak running", "containers", "failed", "retried"]
            : ["functions", "makespan s", "startup p50 s", "p95 s", "max s", "peak running", "containers"];
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var group in groups)
        {
            var rows = group.Select(r => r.Summary).ToArray();
            var cells = new List<string>();
            if (showVariant)
            {
                cells.Add(group.Key.Variant);
            }

            if (showCase)
            {
                cells.Add(group.Key.Label);
            }

            cells.Add(group.Key.Name);
            cells.Add(Mean(rows.Select(r => (double)r.Functions), "0"));
            cells.Add(Mean(rows.Select(r => r.MakespanS), "0.00"));
            cells.Add(Mean(rows.Select(r => r.StartupP50S), "0.00"));
            cells.Add(Mean(rows.Select(r => r.StartupP95S), "0.00"));
            cells.Add(Mean(rows.Select(r => r.StartupMaxS), "0.00"));
            cells.Add(Mean(rows.Select(r => (double)r.PeakConcurrency), "0.#"));
            cells.Add(Mean(rows.Select(r => (double)r.Containers), "0.#"));
            if (faults)
            {
                cells.Add(Mean(rows.Select(r => (double)r.Failed), "0.#"));
                cells.Add(Mean(rows.Select(r => (double)r.Retried), "0.#"));
            }

            table.AddRow([.. cells.Select(c => new Text(c))]);
        }

        if (replications > 1)
        {
            table.Caption($"means over {replications.ToString(CultureInfo.InvariantCulture)} replications; 95% intervals in summary-ci.csv");
        }

        console.Write(table);
        CostTable.Write(console, interactive, results, [.. groups.Select(g => RowKey(g.Key.Variant, g.Key.Label, g.Key.Name, showVariant, showCase))], showVariant, showCase);
    }

    private static string[] RowKey(string variant, string label, string policy, bool showVariant, bool showCase)
    {
        var key = new List<string>();
        if (showVariant)
        {
            key.Add(variant);
        }

        if (showCase)
        {
            key.Add(label);
        }

        key.Add(policy);
        return [.. key];
    }

    private static string Variant(UnitResult r) => string.Join(", ", r.Unit.Scenario.Columns.Select(p => $"{p.Key}={p.Value}"));

    private static string Mean(IEnumerable<double> values, string format)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? "-" : finite.Average().ToString(format, CultureInfo.InvariantCulture);
    }
}
