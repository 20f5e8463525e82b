using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// One day of the Azure Functions 2019 trace (<see cref="AzureTraceReader"/>): invocations per function and minute, the
/// durations file's percentiles and, except for days 13 and 14, the apps' memory percentiles. A function is what the
/// replay keeps: invoked that day and in the durations file. Its mean duration and memory are the means of the
/// percentile curves the replay draws from (linear between the published percentiles); its rate is calls over the
/// day's 1440 minutes. A sample keeps the chosen functions' rows of all three files (memory: their apps' rows), each
/// minute's count scaled with the rounding carried from minute to minute (<see cref="CallScaler"/>).
/// </summary>
internal sealed class Azure2019TraceFiles(string invocations, string durations, string? memory) : ITraceFiles
{
    public string Format => "azure";

    public IReadOnlyList<string> Files => memory is null ? [invocations, durations] : [invocations, durations, memory];

    public TraceProfile Profile()
    {
        AzureTrace trace;
        using (var i = new StreamReader(invocations))
        using (var d = new StreamReader(durations))
        using (var m = memory is null ? null : new StreamReader(memory))
        {
            trace = AzureTraceReader.ReadDay((i, invocations), (d, durations), m is null ? null : (m, memory!));
        }

        var keys = new Keys();
        return new TraceProfile(Format, Files, trace.Minutes, [.. trace.Functions.Select(f => new FunctionProfile(
            keys.Next(f.Owner, f.App, f.Function),
            f.PerMinute.Sum(c => (long)c),
            Mean(f.DurationMs) / 1000,
            f.MemoryMb is null ? null : Mean(f.MemoryMb)))]);
    }

    public void WriteSample(TraceProfile profile, IReadOnlyDictionary<string, long> calls, Func<string, string> target)
    {
        var scalers = profile.Functions.Where(f => calls.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => new CallScaler(f.Invocations, calls[f.Key]), StringComparer.Ordinal);
        var withDurations = new HashSet<string>(StringComparer.Ordinal);
        Copy(durations, target(durations), (table, columns) =>
        {
            string key = Key(table, columns, "HashOwner", "HashApp", "HashFunction");
            withDurations.Add(key);
            return null;
        }, write: false);

        var functions = new HashSet<string>(StringComparer.Ordinal);
        var apps = new HashSet<string>(StringComparer.Ordinal);
        var keys = new Keys();
        Copy(invocations, target(invocations), (table, columns) =>
        {
            string[] cells = [.. columns.Select((_, i) => table.Text(i) ?? string.Empty)];
            int[] minutes = [.. columns.Select((c, i) => (c, i)).Where(p => int.TryParse(p.c, NumberStyles.None, CultureInfo.InvariantCulture, out _)).Select(p => p.i)];
            long[] counts = [.. minutes.Select(i => long.Parse(cells[i], NumberStyles.Integer, CultureInfo.InvariantCulture))];
            string plain = Key(table, columns, "HashOwner", "HashApp", "HashFunction");

            // The replay's rule: a function invoked that day and in the durations file.
            if (counts.All(c => c == 0) || !withDurations.Contains(plain))
            {
                return null;
            }

            string Cell(string column) => cells[Array.IndexOf(columns, column)];
            if (!scalers.TryGetValue(keys.Next(Cell("HashOwner"), Cell("HashApp"), Cell("HashFunction")), out var scaler))
            {
                return null;
            }

            functions.Add(plain);
            apps.Add(Key(table, columns, "HashOwner", "HashApp"));
            for (int m = 0; m < minutes.Length; m++)
            {
                long scaled = scaler.Take(counts[m]);
                cells[minutes[m]] = scaled == counts[m] ? cells[minutes[m]] : scaled.ToString(CultureInfo.InvariantCulture);
            }

            return cells;
        });

        Copy(durations, target(durations), (table, columns) => functions.Contains(Key(table, columns, "HashOwner", "HashApp", "HashFunction")) ? Cells(table, columns) : null);
        if (memory is not null)
        {
            Copy(memory, target(memory), (table, columns) => apps.Contains(Key(table, columns, "HashOwner", "HashApp")) ? Cells(table, columns) : null);
        }
    }

    /// <summary>The mean of the distribution whose quantile function is <paramref name="curve"/>: linear between its points, flat beyond its first and last.</summary>
    internal static double Mean(PercentileCurve curve)
    {
        var q = curve.Quantiles;
        var v = curve.Values;
        double mean = (q[0] * v[0]) + ((1 - q[^1]) * v[^1]);
        for (int i = 1; i < q.Count; i++)
        {
            mean += (q[i] - q[i - 1]) * (v[i] + v[i - 1]) / 2;
        }

        return mean;
    }

    /// <summary>Writes (when <paramref name="write"/>) the header and the rows <paramref name="row"/> returns cells for.</summary>
    private static void Copy(string source, string destination, Func<CsvTable, string[], string[]?> row, bool write = true)
    {
        using var text = new StreamReader(source);
        using var table = CsvTable.Open(text, source, leaveOpen: false);
        string[] columns = [.. table.Columns];
        using var output = write ? new StreamWriter(destination, append: false, Outputs.RunOutputs.Utf8) : null;
        output?.Write(CsvText.Line(columns));
        long rows = 0;
        while (table.Read())
        {
            if (++rows % 1024 == 0)
            {
                Interruption.ThrowIfRequested();
            }

            if (row(table, columns) is { } cells)
            {
                output?.Write(CsvText.Line(cells));
            }
        }
    }

    private static string[] Cells(CsvTable table, string[] columns) => [.. columns.Select((_, i) => table.Text(i) ?? string.Empty)];

    private static string Key(CsvTable table, string[] columns, params string[] names) => FunctionKey.Join("/", [.. names.Select(n => table.Text(Array.IndexOf(columns, n)) ?? string.Empty)]);

    /// <summary>Owner/app/function, with #2, #3, ... for a function listed again (the replay keeps each row as a function).</summary>
    private sealed class Keys
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(string owner, string app, string function)
        {
            string key = FunctionKey.Join("/", owner, app, function);
            int n = _seen[key] = _seen.GetValueOrDefault(key) + 1;
            return n == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}#{n}");
        }
    }
}
