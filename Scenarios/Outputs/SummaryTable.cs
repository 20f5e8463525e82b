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
        // Phased bodies add five columns (see below).
        bool phased = results.Any(r => r.Summary.CriticalComputeS > 0 || r.Summary.CriticalCommS > 0);
        if (!interactive)
        {
            console.Profile.Width = phased ? 200 : 160;
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
        foreach (string column in new[] { "functions", "makespan s", "startup p50 s", "p95 s", "max s", "peak running", "containers" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        // Phased bodies: the makespan split along its critical path, and the mean wait at exchanges.
        if (phased)
        {
            foreach (string column in PhaseColumns)
            {
                table.AddColumn(new TableColumn(column).RightAligned());
            }
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
            if (phased)
            {
                cells.Add(Mean(rows.Select(r => r.CriticalStartupS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.CriticalComputeS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.CriticalCommS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.MakespanS - r.CriticalStartupS - r.CriticalComputeS - r.CriticalCommS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.SyncMeanS), "0.00"));
            }

            table.AddRow([.. cells.Select(c => new Text(c))]);
        }

        var captions = new List<string>();
        if (phased)
        {
            captions.Add("makespan = path startup + compute + comm + other (runtime steps) along its critical path; sync: mean wait at exchanges");
        }

        if (replications > 1)
        {
            captions.Add($"means over {replications.ToString(CultureInfo.InvariantCulture)} replications; 95% intervals in summary-ci.csv");
        }

        if (captions.Count > 0)
        {
            table.Caption(string.Join("\n", captions));
        }

        console.Write(table);
    }

    private static readonly string[] PhaseColumns = ["path startup s", "compute s", "comm s", "other s", "sync mean s"];

    private static string Variant(UnitResult r) => string.Join(", ", r.Unit.Scenario.Columns.Select(p => $"{p.Key}={p.Value}"));

    private static string Mean(IEnumerable<double> values, string format)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? "-" : finite.Average().ToString(format, CultureInfo.InvariantCulture);
    }
}
