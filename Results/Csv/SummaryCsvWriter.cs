using System.Globalization;
using System.Text;

namespace Burstsim.Results.Csv;

/// <summary>
/// Writes summary.csv: the header (see <see cref="SummaryColumns"/>), then one line per run.
/// Seconds with 6 decimals (NaN as an empty cell), invariant culture, "\n" line ends, RFC 4180
/// quoting. Swept columns absent from a row's context are left empty.
/// </summary>
public sealed class SummaryCsvWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly bool _leaveOpen;
    private readonly string[] _sweptColumns;
    private bool _disposed;

    public SummaryCsvWriter(TextWriter output, IEnumerable<string> sweptColumns, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sweptColumns);
        _output = output;
        _leaveOpen = leaveOpen;
        _sweptColumns = [.. sweptColumns];
        Header = SummaryColumns.Header(_sweptColumns);
        CsvText.WriteHeader(_output, Header, nameof(sweptColumns));
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Writes a whole file; its swept columns are those of the rows, in first-seen order.</summary>
    public static void Write(TextWriter output, IEnumerable<SummaryRow> rows)
    {
        var all = rows.ToList();
        var swept = all.SelectMany(row => row.Context.Swept.Select(pair => pair.Key)).Distinct(StringComparer.Ordinal);
        using var writer = new SummaryCsvWriter(output, swept, leaveOpen: true);
        foreach (var row in all)
        {
            writer.Add(row);
        }
    }

    /// <summary>Writes (or overwrites) a UTF-8 file without byte order mark.</summary>
    public static void WriteFile(string path, IEnumerable<SummaryRow> rows)
    {
        using var output = new StreamWriter(path, append: false, OutputEncoding.Utf8NoBom);
        Write(output, rows);
    }

    public void Add(SummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var context = row.Context;
        var cells = ContextCells.For(context, _sweptColumns);
        _output.Write(cells.RunCells);
        _output.Write(',');
        _output.Write(string.Join(',',
            Count(row.Functions),
            CsvText.FormatSeconds(row.MakespanS),
            CsvText.FormatSeconds(row.StartupP50S),
            CsvText.FormatSeconds(row.StartupP95S),
            CsvText.FormatSeconds(row.StartupP99S),
            CsvText.FormatSeconds(row.StartupMaxS),
            CsvText.FormatSeconds(row.StartupMeanS),
            row.PeakConcurrency is { } peak ? Count(peak) : string.Empty,
            Count(row.Containers),
            Count(row.ColdStarts),
            Count(row.InvokersUsed),
            Count(row.FunctionsRequested),
            Count(row.RejectedJobs),
            Count(row.RejectedFunctions),
            Count(row.Http429),
            Count(row.DroppedTraceInvocations),
            CsvText.FormatSeconds(row.CriticalStartupS),
            CsvText.FormatSeconds(row.CriticalComputeS),
            CsvText.FormatSeconds(row.CriticalCommS),
            CsvText.FormatSeconds(row.CommMeanS),
            CsvText.FormatSeconds(row.SyncMeanS),
            Count(row.Failed),
            Count(row.Retried),
            Cost(row.Cost?.ReservedCpuSeconds),
            Cost(row.Cost?.BusyCpuSeconds),
            Cost(row.Cost?.MemoryGbSeconds),
            Cost(row.Cost?.ContainerSeconds),
            row.Cost is { } cost ? cost.Requests.ToString(CultureInfo.InvariantCulture) : string.Empty,
            Cost(row.Cost?.InvokerHours),
            Cost(row.Cost?.Utilisation),
            Cost(row.Cost?.Price),
            CsvText.FormatSeconds(row.ColdStartRatio),
            CsvText.FormatSeconds(row.IdleMemoryGbS),
            Count(row.Http503),
            Count(row.InvokersTakenOut),
            Cost(row.Cost?.BilledGbSeconds),
            Count(row.Attempts),
            CsvText.FormatSeconds(row.FuncStartupP50S),
            CsvText.FormatSeconds(row.FuncStartupMaxS)));
        _output.Write(cells.SweptCells);
        _output.Write('\n');
    }

    public void Flush() => _output.Flush();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _output.Flush();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Cost cells with 6 decimals like the seconds; empty when the row has no cost.</summary>
    private static string Cost(double? value) => CsvText.FormatSeconds(value ?? double.NaN);
}
