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

        // Counted, not read off the highest index: a shard may hold replications 2..3 only, or fewer for some rows.
        var replications = groups.Select(g => g.Select(r => r.Unit.Replication).Distinct().Count()).Distinct().Order().ToArray();

        var table = NewTable(console, interactive);
        if (showVariant)
        {
            table.AddColumn("sweep");
        }

        if (showCase)
        {
            table.AddColumn("case");
        }

        table.AddColumn("policy");
        // Short headers with units (the caption spells them out), so the table fits 80 columns.
        foreach (string column in new[] { "fns", "span s", "p50 s", "p95 s", "max s", "peak", "ctrs" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        // Shown only when they happened: refused bursts (their functions never ran) and namespace-limit 429s.
        bool showRejected = results.Any(r => r.Summary.RejectedJobs > 0);
        bool show429 = results.Any(r => r.Summary.Http429 > 0);
        bool showHealth = results.Any(r => r.Summary.Http503 > 0 || r.Summary.InvokersTakenOut > 0); // invoker health (faults)
        if (showRejected)
        {
            table.AddColumn(new TableColumn("requested").RightAligned());
            table.AddColumn(new TableColumn("rejected").RightAligned());
        }

        if (show429)
        {
            table.AddColumn(new TableColumn("HTTP 429").RightAligned());
        }

        if (showHealth)
        {
            table.AddColumn(new TableColumn("taken out").RightAligned());
            table.AddColumn(new TableColumn("HTTP 503").RightAligned());
        }

        // Phased bodies: the makespan split along its critical path, and the mean wait at exchanges.
        if (phased)
        {
            foreach (string column in PhaseColumns)
            {
                table.AddColumn(new TableColumn(column).RightAligned());
            }
        }

        // Shown only under faults: functions that ended failed and attempts tried again.
        bool faults = results.Any(r => r.Summary.Failed > 0 || r.Summary.Retried > 0);
        if (faults)
        {
            table.AddColumn(new TableColumn("failed").RightAligned());
            table.AddColumn(new TableColumn("retried").RightAligned());
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
            cells.Add(Mean(rows.Select(r => r.PeakConcurrency ?? double.NaN), "0.#"));
            cells.Add(Mean(rows.Select(r => (double)r.Containers), "0.#"));
            if (showRejected)
            {
                cells.Add(Mean(rows.Select(r => (double)r.FunctionsRequested), "0.#"));
                cells.Add(Mean(rows.Select(r => (double)r.RejectedFunctions), "0.#"));
            }

            if (show429)
            {
                cells.Add(Mean(rows.Select(r => (double)r.Http429), "0.#"));
            }

            if (showHealth)
            {
                cells.Add(Mean(rows.Select(r => (double)r.InvokersTakenOut), "0.#"));
                cells.Add(Mean(rows.Select(r => (double)r.Http503), "0.#"));
            }

            if (phased)
            {
                cells.Add(Mean(rows.Select(r => r.CriticalStartupS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.CriticalComputeS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.CriticalCommS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.MakespanS - r.CriticalStartupS - r.CriticalComputeS - r.CriticalCommS), "0.00"));
                cells.Add(Mean(rows.Select(r => r.SyncMeanS), "0.00"));
            }

            if (faults)
            {
                cells.Add(Mean(rows.Select(r => (double)r.Failed), "0.#"));
                cells.Add(Mean(rows.Select(r => (double)r.Retried), "0.#"));
            }

            table.AddRow([.. cells.Select(c => new Text(c))]);
        }

        var notes = new List<string>();
        if (replications.Length > 0 && replications[^1] > 1)
        {
            string count = replications.Length == 1
                ? replications[0].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{replications[0]} to {replications[^1]}");
            notes.Add($"every cell a mean over {count} replications (95% intervals in summary-ci.csv)");
        }

        long dropped = results.Select(r => r.Summary.DroppedTraceInvocations).DefaultIfEmpty(0).Max();
        if (dropped > 0)
        {
            notes.Add($"{dropped.ToString(CultureInfo.InvariantCulture)} trace invocations dropped (functions without durations)");
        }

        if (phased)
        {
            notes.Add("makespan = path startup + compute + comm + other (runtime steps) along its critical path; sync: mean wait at exchanges");
        }

        notes.Insert(0, "fns functions, span makespan, p50/p95/max startup, peak running, ctrs containers");
        table.Caption(string.Join("; ", notes));

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

    private static readonly string[] PhaseColumns = ["path startup s", "compute s", "comm s", "other s", "sync mean s"];

    /// <summary>A sweep row's label by the varied fields' short names: "functions=480, seconds=5" for workload.functions and workload.seconds.</summary>
    public static string Variant(UnitResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var columns = r.Unit.Scenario.Columns;
        // The last segment of each path, unless two varied paths share it (then the full paths).
        var shortNames = columns.Select(p => p.Key.Split('.')[^1]).ToArray();
        bool unique = shortNames.Distinct(StringComparer.Ordinal).Count() == shortNames.Length;
        return string.Join(", ", columns.Select((p, i) => $"{(unique ? shortNames[i] : p.Key)}={p.Value}"));
    }

    /// <summary>
    /// A table in the console's style: rounded on a wide terminal, borderless with one space between columns on one
    /// narrower than 100 columns (borders cost three characters a column), ASCII when captured.
    /// </summary>
    public static Table NewTable(IAnsiConsole console, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table();
        if (!interactive)
        {
            return table.Border(TableBorder.Ascii);
        }

        return console.Profile.Width < 100 ? table.Border(TableBorder.Simple).Collapse() : table.Border(TableBorder.Rounded);
    }

    private static string Mean(IEnumerable<double> values, string format)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? "-" : finite.Average().ToString(format, CultureInfo.InvariantCulture);
    }
}
