namespace Burstsim.Results.Csv;

/// <summary>
/// Reads summary.csv back (regression check, <c>burstsim merge</c>). The DESIGN.md columns are
/// required; startup_mean_s (NaN), invokers_used (0) and the request columns (functions_requested =
/// functions, the rest 0) and the phase split (critical_startup_s NaN, the others 0), the cost columns and the keep-alive columns (NaN) may be missing in older files. Columns
/// after the known ones are the swept parameters; an empty swept cell is left out of the context.
/// Empty number cells read as NaN, as the writer writes NaN.
/// </summary>
public static class SummaryCsvReader
{
    public static IReadOnlyList<SummaryRow> ReadFile(string path)
    {
        using var text = new StreamReader(path);
        return Read(text, path);
    }

    /// <summary>Reads all rows of <paramref name="text"/>; <paramref name="source"/> names it in error messages. The reader stays open.</summary>
    public static IReadOnlyList<SummaryRow> Read(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        using var table = CsvTable.Open(text, source, leaveOpen: true);
        int[] at = [.. SummaryColumns.Fixed.Select(name => Optional.Contains(name) ? table.IndexOf(name) : table.Require(name))];
        int[] swept = [.. Enumerable.Range(0, table.Columns.Count).Where(i => !SummaryColumns.IsFixed(table.Columns[i]))];

        var rows = new List<SummaryRow>();
        while (table.Read())
        {
            // Indices follow SummaryColumns.Fixed.
            var context = new RunContext(
                table.RequiredText(at[0]),
                table.RequiredText(at[1]),
                table.RequiredText(at[2]),
                table.Int32(at[3]) ?? throw Missing(table, at[3]),
                table.UInt64(at[4]) ?? throw Missing(table, at[4]))
            {
                Swept = [.. swept.Where(i => table.Text(i) is not null).Select(i => new KeyValuePair<string, string>(table.Columns[i], table.Text(i)!))],
            };
            rows.Add(new SummaryRow(
                context,
                Functions: Count(table, at[5]),
                MakespanS: Seconds(table, at[6]),
                StartupP50S: Seconds(table, at[7]),
                StartupP95S: Seconds(table, at[8]),
                StartupP99S: Seconds(table, at[9]),
                StartupMaxS: Seconds(table, at[10]),
                StartupMeanS: Seconds(table, at[11]),
                PeakConcurrency: table.Int32(at[12]), // empty: not measured
                Containers: Count(table, at[13]),
                ColdStarts: Count(table, at[14]),
                InvokersUsed: at[15] < 0 ? 0 : Count(table, at[15]),
                FunctionsRequested: at[16] < 0 ? Count(table, at[5]) : Long(table, at[16]),
                RejectedJobs: at[17] < 0 ? 0 : Count(table, at[17]),
                RejectedFunctions: at[18] < 0 ? 0 : Long(table, at[18]),
                Http429: at[19] < 0 ? 0 : Long(table, at[19]),
                DroppedTraceInvocations: at[20] < 0 ? 0 : Long(table, at[20]))
            {
                CriticalStartupS = at[21] < 0 ? double.NaN : Seconds(table, at[21]),
                CriticalComputeS = at[22] < 0 ? 0 : Seconds(table, at[22]),
                CriticalCommS = at[23] < 0 ? 0 : Seconds(table, at[23]),
                CommMeanS = at[24] < 0 ? 0 : Seconds(table, at[24]),
                SyncMeanS = at[25] < 0 ? 0 : Seconds(table, at[25]),
                Failed = at[26] < 0 ? 0 : Count(table, at[26]),
                Retried = at[27] < 0 ? 0 : Count(table, at[27]),
                Cost = at[28] < 0 || table.Double(at[28]) is null ? null : new Cost.RunCost(
                    Seconds(table, at[28]), Seconds(table, at[29]), Seconds(table, at[30]), Seconds(table, at[31]),
                    table.Integer(at[32]) ?? 0, Seconds(table, at[33]), Seconds(table, at[34]), Seconds(table, at[35]))
                {
                    BilledGbSeconds = at[40] < 0 ? double.NaN : Seconds(table, at[40]),
                },
                ColdStartRatio = at[36] < 0 ? double.NaN : Seconds(table, at[36]),
                IdleMemoryGbS = at[37] < 0 ? double.NaN : Seconds(table, at[37]),
                Http503 = at[38] < 0 ? 0 : Long(table, at[38]),
                InvokersTakenOut = at[39] < 0 ? 0 : Long(table, at[39]),
                Attempts = at[41] < 0 ? Count(table, at[5]) : Count(table, at[41]),
                FuncStartupP50S = at[42] < 0 ? double.NaN : Seconds(table, at[42]),
                FuncStartupMaxS = at[43] < 0 ? double.NaN : Seconds(table, at[43]),
            });
        }

        return rows;
    }

    /// <summary>Columns older files lack: the mean, invokers used, the request accounting, and the fault and cost columns.</summary>
    private static readonly HashSet<string> Optional = new(
        ["startup_mean_s", "invokers_used", "functions_requested", "rejected_jobs", "rejected_functions", "http_429", "dropped_trace_invocations",
         "critical_startup_s", "critical_compute_s", "critical_comm_s", "comm_mean_s", "sync_mean_s",
         "failed", "retried", "reserved_cpu_s", "busy_cpu_s", "memory_gb_s", "container_s", "requests", "invoker_hours", "utilisation", "price",
         "cold_start_ratio", "idle_memory_gb_s", "http_503", "invokers_taken_out", "billed_gb_s", "attempts", "func_startup_p50_s", "func_startup_max_s"],
        StringComparer.Ordinal);

    private static long Long(CsvTable table, int column) =>
        long.TryParse(table.Text(column), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Missing(table, column);

    private static double Seconds(CsvTable table, int column) => table.Double(column) ?? double.NaN;

    private static int Count(CsvTable table, int column) => table.Int32(column) ?? throw Missing(table, column);

    private static CsvDataException Missing(CsvTable table, int column) =>
        new(table.Source, table.Line, table.Columns[column], "a value is required.");
}
