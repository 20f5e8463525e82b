using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Reads a replay trace: a CSV with a header naming at least <c>arrival_s</c>, <c>function</c> and one
/// of <c>duration_s</c> (wall time no CPU contention stretches: sleep, I/O) or <c>cpu_s</c> (CPU work on
/// one dedicated core); optional <c>memory_mb</c>, <c>tenant</c>, <c>functions</c> (functions in the
/// job, default 1) and <c>storage_client</c> (true/false). Other columns are ignored. Rows may come in
/// any order; the result is sorted by arrival (ties keep file order).
/// </summary>
public static class TraceCsvReader
{
    /// <summary>Reads every invocation of a trace CSV; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell (names the source, line and column).</exception>
    public static IReadOnlyList<TraceInvocation> Read(TextReader text, string source)
    {
        var table = new TraceTable(text, source);
        int arrival = table.Require("arrival_s");
        int function = table.Require("function");
        int duration = table.IndexOf("duration_s");
        int cpu = table.IndexOf("cpu_s");
        if (duration < 0 && cpu < 0)
        {
            throw new TraceFormatException(source, 1, "duration_s", "the trace needs a duration_s (wall time) or a cpu_s (CPU work) column, or both");
        }

        int memory = table.IndexOf("memory_mb");
        int tenant = table.IndexOf("tenant");
        int functions = table.IndexOf("functions");
        int storage = table.IndexOf("storage_client");

        var rows = new List<TraceInvocation>();
        while (table.Read())
        {
            double at = table.Double(arrival);
            if (at > long.MaxValue / (double)SimTime.TicksPerSecond)
            {
                throw table.Bad(arrival, "the arrival is too far in the future");
            }

            string name = table.Text(function);
            if (name.Length == 0)
            {
                throw table.Bad(function, "a function name is required");
            }

            var work = new FunctionWork(
                cpu < 0 ? 0 : table.Double(cpu),
                duration < 0 ? 0 : table.Double(duration),
                storage >= 0 && StorageClient(table, storage));
            rows.Add(new TraceInvocation(
                at,
                tenant < 0 || table.Text(tenant).Length == 0 ? "guest" : table.Text(tenant),
                name,
                functions < 0 ? 1 : table.Int(functions, min: 1),
                memory < 0 || table.Text(memory).Length == 0 ? null : table.Int(memory, min: 1),
                work));
        }

        // A stable sort: equal arrivals keep their file order, so job ids are reproducible.
        return [.. rows.Select((row, index) => (row, index)).OrderBy(p => p.row.ArrivalS).ThenBy(p => p.index).Select(p => p.row)];
    }

    private static bool StorageClient(TraceTable table, int column) => table.Text(column).Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" or "" => false,
        _ => throw table.Bad(column, $"'{table.Text(column)}' is not true or false"),
    };
}
