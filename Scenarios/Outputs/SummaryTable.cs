using System.Globalization;
using Burstsim.Scenarios.Execution;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// The table printed after a run: one row per case and policy (means over replications), so classic,
/// burst and FaaSBatch read side by side; notes under it say what the short headers mean. Plain text when the
/// output is not a terminal.
/// </summary>
internal static class SummaryTable
{
    /// <summary>
    /// Prints the summary and cost tables of <paramref name="results"/> to <paramref name="stdout"/>, as wide as
    /// <see cref="ConsoleWidth"/> allows (160 columns, 200 with phased bodies, when captured and <c>COLUMNS</c> is unset).
    /// </summary>
    public static void Print(TextWriter stdout, bool interactive, IReadOnlyList<UnitResult> results)
    {
        // Phased bodies add five columns (see below).
        bool phased = results.Any(r => r.Summary.CriticalComputeS > 0 || r.Summary.CriticalCommS > 0);
        var console = ConsoleTables.Create(stdout, interactive, phased ? 200 : 160);
        var labels = SweepLabels.Of(results);
        var groups = results.GroupBy(r => new RowKey(labels.Label(r), r.Unit.Case.Label, r.Unit.Policy.Name)).ToArray();
        var keys = groups.Select(g => g.Key).ToArray();
        bool showVariant = groups.Any(g => g.Key.Variant.Length > 0);
        bool showCase = groups.Select(g => g.Key.Case).Distinct(StringComparer.Ordinal).Count() > 1;

        // The widest layout under which both tables fit the console (headings for the sweep label and case, then fewer
        // decimals, as it narrows), so Spectre never has to wrap a cell.
        NotedTable summary = null!;
        NotedTable? cost = null;
        foreach (var layout in TableLayout.Candidates(showVariant, showCase, console.Profile.Width))
        {
            summary = Build(console, interactive, layout, results, groups, phased);
            cost = CostTable.Build(console, interactive, results, labels, keys, layout);
            if (Math.Max(ConsoleTables.NaturalWidth(summary.Table), cost is null ? 0 : ConsoleTables.NaturalWidth(cost.Table)) <= console.Profile.Width)
            {
                break;
            }
        }

        ConsoleTables.WriteNotes(console, labels.Legend());
        ConsoleTables.Write(console, summary.Table);
        ConsoleTables.WriteNotes(console, summary.Notes);
        if (cost is not null)
        {
            ConsoleTables.Write(console, cost.Table);
            ConsoleTables.WriteNotes(console, cost.Notes);
        }
    }

    private static NotedTable Build(IAnsiConsole console, bool interactive, TableLayout layout, IReadOnlyList<UnitResult> results, IGrouping<RowKey, UnitResult>[] groups, bool phased)
    {
        // Counted, not read off the highest index: a shard may hold replications 2..3 only, or fewer for some rows.
        var replications = groups.Select(g => g.Select(r => r.Unit.Replication).Distinct().Count()).Distinct().Order().ToArray();

        var table = ConsoleTables.NewTable(console, interactive);
        layout.AddNameColumns(table);
        // Short headers with units (the note under the table spells them out), so the table fits 80 columns.
        foreach (var (name, unit) in new[] { ("fns", ""), ("span", "s"), ("p50", "s"), ("p95", "s"), ("max", "s"), ("peak", ""), ("ctrs", "") })
        {
            layout.AddValueColumn(table, name, unit);
        }

        // Shown only when they happened: refused bursts (their functions never ran) and namespace-limit 429s.
        bool showRejected = results.Any(r => r.Summary.RejectedJobs > 0);
        bool show429 = results.Any(r => r.Summary.Http429 > 0);
        bool showHealth = results.Any(r => r.Summary.Http503 > 0 || r.Summary.InvokersTakenOut > 0); // invoker health (faults)
        if (showRejected)
        {
            layout.AddValueColumn(table, "requested");
            layout.AddValueColumn(table, "rejected");
        }

        if (show429)
        {
            layout.AddValueColumn(table, "HTTP", "429");
        }

        if (showHealth)
        {
            layout.AddValueColumn(table, "taken", "out");
            layout.AddValueColumn(table, "HTTP", "503");
        }

        // Phased bodies: the makespan split along its critical path, and the mean wait at exchanges.
        if (phased)
        {
            foreach (var (name, unit) in PhaseColumns)
            {
                layout.AddValueColumn(table, name, unit);
            }
        }

        // Shown only under faults: functions that ended failed and attempts tried again.
        bool faults = results.Any(r => r.Summary.Failed > 0 || r.Summary.Retried > 0);
        if (faults)
        {
            layout.AddValueColumn(table, "failed");
            layout.AddValueColumn(table, "retried");
        }

        var values = new List<IReadOnlyList<IRenderable>>();
        foreach (var group in groups)
        {
            var rows = group.Select(r => r.Summary).ToArray();
            var cells = new List<string>
            {
                Mean(rows.Select(r => (double)r.Functions), "0"),
                Mean(rows.Select(r => r.MakespanS), layout.Format("0.00", "0.0")),
                Mean(rows.Select(r => r.StartupP50S), "0.00"),
                Mean(rows.Select(r => r.StartupP95S), "0.00"),
                Mean(rows.Select(r => r.StartupMaxS), "0.00"),
                Mean(rows.Select(r => r.PeakConcurrency ?? double.NaN), "0.#"),
                Mean(rows.Select(r => (double)r.Containers), "0.#"),
            };
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

            values.Add([.. cells.Select(c => new Text(c))]);
        }

        layout.AddRows(table, [.. groups.Select(g => g.Key)], values);

        var notes = new List<string> { "fns functions, span makespan, p50/p95/max startup, peak running, ctrs containers" };
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

        return new NotedTable(table, [string.Join("; ", notes)]);
    }

    private static readonly (string Name, string Unit)[] PhaseColumns = [("path startup", "s"), ("compute", "s"), ("comm", "s"), ("other", "s"), ("sync mean", "s")];

    private static string Mean(IEnumerable<double> values, string format)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? "-" : finite.Average().ToString(format, CultureInfo.InvariantCulture);
    }
}
