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
    /// <summary>Reads every invocation of a trace CSV into memory; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell (names the source, line and column).</exception>
    public static IReadOnlyList<TraceInvocation> Read(TextReader text, string source)
    {
        var table = new TraceTable(text, source);
        var format = new CsvTraceFormat();
        format.Bind(table);
        var rows = new List<TraceInvocation>();
        while (table.Read())
        {
            rows.Add(format.Read(table));
        }

        // A stable sort: equal arrivals keep their file order, so job ids are reproducible.
        return [.. rows.Select((row, index) => (row, index)).OrderBy(p => p.row.ArrivalS).ThenBy(p => p.index).Select(p => p.row)];
    }

    /// <summary>The trace the file <paramref name="open"/> opens, checked now and streamed when replayed (see <see cref="TraceRowStream"/>), in the same order <see cref="Read"/> gives.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell (names the source, line and column).</exception>
    public static TraceRowStream Open(Func<TextReader> open, string source) => TraceRowStream.Open(open, source, new CsvTraceFormat());
}
