using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// A per-invocation trace (one row per call: <c>azure-2021</c>, <c>alibaba-fc</c>, <c>huawei</c> cold starts, burstsim's
/// <c>trace</c> CSV). Rates are calls over the span from the first to the last arrival. A sample keeps the rows of the
/// chosen functions in file order; a scaled one drops or repeats rows evenly (<see cref="CallScaler"/>), a repeat moved
/// later by an even share of the function's mean gap between calls, at most a minute, so repeats spread as the
/// per-minute formats spread a minute's calls and the file stays within a minute of arrival order.
/// </summary>
internal sealed class InvocationTraceFiles(string path, InvocationFormat format) : ITraceFiles
{
    /// <summary>Rows read between checks for Ctrl-C.</summary>
    private const int CheckEvery = 4096;

    /// <summary>The longest a repeated call is moved, s.</summary>
    private const double LongestShiftS = 60;

    public string Format => format.Name;

    public IReadOnlyList<string> Files => [path];

    public TraceProfile Profile()
    {
        _ = format.Check(() => new StreamReader(path), path);
        var order = new List<string>();
        var functions = new Dictionary<string, (long Calls, double Seconds, long Timed, double? Memory)>(StringComparer.Ordinal);
        double first = double.PositiveInfinity, last = double.NegativeInfinity;
        ForEachRow((cell, _) =>
        {
            string key = format.Key(cell);
            double at = format.Arrival(cell);
            (first, last) = (Math.Min(first, at), Math.Max(last, at));
            if (!functions.TryGetValue(key, out var f))
            {
                order.Add(key);
                f = (0, 0, 0, format.Memory(cell));
            }

            double? duration = format.Duration(cell);
            functions[key] = (f.Calls + 1, f.Seconds + (duration ?? 0), f.Timed + (duration is null ? 0 : 1), f.Memory);
        });

        double minutes = order.Count == 0 ? 1 : Math.Max(1, (last - first) / 60);
        return new TraceProfile(format.Name, Files, minutes, [.. order.Select(k =>
        {
            var f = functions[k];
            return new FunctionProfile(k, f.Calls, f.Timed > 0 ? f.Seconds / f.Timed : null, f.Memory);
        })]);
    }

    public void WriteSample(TraceProfile profile, IReadOnlyDictionary<string, long> calls, Func<string, string> target)
    {
        var scalers = profile.Functions.Where(f => calls.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => (Scaler: new CallScaler(f.Invocations, calls[f.Key]), GapS: Math.Min(LongestShiftS, profile.Minutes * 60 / f.Invocations)), StringComparer.Ordinal);
        using var output = new StreamWriter(target(path), append: false, Outputs.RunOutputs.Utf8);
        string[]? header = null;
        int time = -1;
        ForEachRow((cell, row) =>
        {
            if (header is null)
            {
                header = row.Columns;
                time = Array.IndexOf(header, format.TimeColumn);
                output.Write(CsvText.Line(header));
            }

            if (!scalers.TryGetValue(format.Key(cell), out var f))
            {
                return;
            }

            long copies = f.Scaler.Take(1);
            string[] cells = [.. Enumerable.Range(0, header.Length).Select(i => row.Table.Text(i) ?? string.Empty)];
            double at = double.Parse(cells[time], NumberStyles.Float, CultureInfo.InvariantCulture);
            for (long j = 0; j < copies; j++)
            {
                if (j > 0)
                {
                    cells[time] = (at + (j * f.GapS / copies)).ToString("R", CultureInfo.InvariantCulture);
                }

                output.Write(CsvText.Line(cells));
            }
        }, () => output.Write(CsvText.Line(ReadHeader())));
    }

    /// <summary>Calls <paramref name="visit"/> with each row's cells by column name; <paramref name="empty"/> (if given) when the file has no rows.</summary>
    private void ForEachRow(Action<Func<string, string>, (string[] Columns, CsvTable Table)> visit, Action? empty = null)
    {
        using var text = new StreamReader(path);
        using var table = CsvTable.Open(text, path, leaveOpen: false);
        string[] columns = [.. table.Columns];
        var index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        string Cell(string column) => index.TryGetValue(column, out int i) ? table.Text(i) ?? string.Empty : string.Empty;
        long rows = 0;
        while (table.Read())
        {
            if (++rows % CheckEvery == 0)
            {
                Interruption.ThrowIfRequested();
            }

            visit(Cell, (columns, table));
        }

        if (rows == 0)
        {
            empty?.Invoke();
        }
    }

    private string[] ReadHeader()
    {
        using var text = new StreamReader(path);
        using var table = CsvTable.Open(text, path, leaveOpen: false);
        return [.. table.Columns];
    }
}
