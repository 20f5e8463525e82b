using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// A Huawei Cloud 2023 per-minute requests table (<see cref="HuaweiRequestsWorkload"/>: <c>day, time</c>, then one column
/// of requests per function), with its function delay table where given (the same layout, milliseconds). A function is a
/// column with at least one request; its rate is requests over the table's minutes (rows), its mean duration the
/// request-weighted mean of its delays. A sample keeps <c>day, time</c> and the chosen functions' columns of both tables,
/// each minute's count scaled with the rounding carried from minute to minute (<see cref="CallScaler"/>).
/// </summary>
internal sealed class HuaweiMinuteTraceFiles(string requests, string? delays) : ITraceFiles
{
    public string Format => "huawei";

    public IReadOnlyList<string> Files => delays is null ? [requests] : [requests, delays];

    public TraceProfile Profile()
    {
        _ = new HuaweiRequestsWorkload(() => new StreamReader(requests), requests, delays is null ? null : () => new StreamReader(delays), delays ?? string.Empty, new ReplayOptions()).Calls;
        using var r = new StreamReader(requests);
        using var table = CsvTable.Open(r, requests, leaveOpen: false);
        string[] names = [.. table.Columns.Where(c => c is not ("day" or "time"))];
        int[] columns = [.. names.Select(n => table.IndexOf(n))];
        using var d = delays is null ? null : new StreamReader(delays);
        using var delayTable = d is null ? null : CsvTable.Open(d, delays!, leaveOpen: false);
        int[]? delayColumns = delayTable is null ? null : [.. names.Select(n => delayTable.IndexOf(n))];
        var calls = new long[names.Length];
        var timedCalls = new long[names.Length];
        var milliseconds = new double[names.Length];
        int minutes = 0;
        while (table.Read())
        {
            minutes++;
            Interruption.ThrowIfRequested();
            delayTable?.Read();
            for (int f = 0; f < names.Length; f++)
            {
                long count = Count(table.Text(columns[f]));
                calls[f] += count;
                if (delayTable is not null && Optional(delayTable.Text(delayColumns![f])) is { } ms && double.IsFinite(ms))
                {
                    timedCalls[f] += count;
                    milliseconds[f] += count * ms;
                }
            }
        }

        return new TraceProfile(Format, Files, Math.Max(1, minutes), [.. Enumerable.Range(0, names.Length).Where(f => calls[f] > 0).Select(f =>
            new FunctionProfile(names[f], calls[f], timedCalls[f] > 0 ? milliseconds[f] / timedCalls[f] / 1000 : null, null))]);
    }

    public void WriteSample(TraceProfile profile, IReadOnlyDictionary<string, long> calls, Func<string, string> target)
    {
        var scalers = profile.Functions.Where(f => calls.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => new CallScaler(f.Invocations, calls[f.Key]), StringComparer.Ordinal);
        Copy(requests, target(requests), scalers);
        if (delays is not null)
        {
            Copy(delays, target(delays), scalers, scale: false);
        }
    }

    /// <summary>Copies day, time and the chosen functions' columns (in the file's order), counts scaled when <paramref name="scale"/>.</summary>
    private static void Copy(string source, string destination, Dictionary<string, CallScaler> scalers, bool scale = true)
    {
        using var text = new StreamReader(source);
        using var table = CsvTable.Open(text, source, leaveOpen: false);
        int[] kept = [.. table.Columns.Select((c, i) => (c, i)).Where(p => p.c is "day" or "time" || scalers.ContainsKey(p.c)).Select(p => p.i)];
        using var output = new StreamWriter(destination, append: false, Outputs.RunOutputs.Utf8);
        output.Write(CsvText.Line(kept.Select(i => table.Columns[i])));
        while (table.Read())
        {
            Interruption.ThrowIfRequested();
            output.Write(CsvText.Line(kept.Select(i =>
            {
                string cell = table.Text(i) ?? string.Empty;
                if (!scale || !scalers.TryGetValue(table.Columns[i], out var scaler))
                {
                    return cell;
                }

                long count = Count(cell), scaled = scaler.Take(count);
                return scaled == count ? cell : scaled.ToString(CultureInfo.InvariantCulture);
            })));
        }
    }

    /// <summary>A requests cell as the reader reads it: empty or NaN is none, else a whole number (pandas writes 2.0).</summary>
    private static long Count(string? cell) => Optional(cell) is { } v && !double.IsNaN(v) ? (long)v : 0;

    private static double? Optional(string? cell) =>
        cell is null || cell.Length == 0 || cell.Equals("nan", StringComparison.OrdinalIgnoreCase) ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
