using System.Globalization;
using System.Text;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Csv;

/// <summary>
/// Streams activation records to activations.csv as they arrive, one row each, holding none of
/// them. The header (see <see cref="ActivationColumns"/>) is written once, on construction, so a
/// run without functions still leaves a readable file. Several runs (policies x replications)
/// can share the file: set <see cref="Context"/> between rows or hand out <see cref="ForContext"/>
/// sinks. Instants are seconds from the simulation epoch and durations seconds, both with
/// exactly 6 decimals; statistics the model does not simulate are empty cells; invariant culture;
/// "\n" line ends. Not thread-safe.
/// </summary>
public sealed class ActivationCsvWriter : IActivationSink, IDisposable
{
    private readonly TextWriter _output;
    private readonly bool _leaveOpen;
    private readonly string[] _sweptColumns;
    private char[] _row = new char[1024];
    private int _length;
    private ContextCells? _current;
    private bool _disposed;

    /// <summary>A file for one or more runs whose swept columns are those of <paramref name="context"/>.</summary>
    public ActivationCsvWriter(TextWriter output, RunContext context, bool leaveOpen = false)
        : this(output, context.Swept.Select(pair => pair.Key), leaveOpen) => Context = context;

    /// <summary>A file whose header carries <paramref name="sweptColumns"/>; set <see cref="Context"/> or use <see cref="ForContext"/> before adding rows.</summary>
    public ActivationCsvWriter(TextWriter output, IEnumerable<string> sweptColumns, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sweptColumns);
        _output = output;
        _leaveOpen = leaveOpen;
        _sweptColumns = [.. sweptColumns];
        Header = ActivationColumns.Header(_sweptColumns);
        CsvText.WriteHeader(_output, Header, nameof(sweptColumns));
    }

    /// <summary>Creates (or overwrites) a UTF-8 file without byte order mark.</summary>
    public static ActivationCsvWriter Create(string path, RunContext context) =>
        new(OpenFile(path), context);

    /// <summary>Creates (or overwrites) a UTF-8 file without byte order mark.</summary>
    public static ActivationCsvWriter Create(string path, IEnumerable<string> sweptColumns) =>
        new(OpenFile(path), sweptColumns);

    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows written so far, over all contexts.</summary>
    public long RowsWritten { get; private set; }

    /// <summary>The run the rows added through <see cref="Add"/> belong to; may change between rows.</summary>
    public RunContext? Context
    {
        get => _current?.Context;
        set => _current = value is null ? null : ContextCells.For(value, _sweptColumns);
    }

    /// <summary>A sink that writes into this file with its own context, independent of <see cref="Context"/>.</summary>
    public IActivationSink ForContext(RunContext context) => new ContextSink(this, ContextCells.For(context, _sweptColumns));

    public void Add(ActivationRecord record) =>
        Write(record, _current ?? throw new InvalidOperationException("Set Context (or use ForContext) before adding rows."));

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

    private static StreamWriter OpenFile(string path) =>
        new(path, append: false, OutputEncoding.Utf8NoBom, bufferSize: 1 << 16);

    private void Write(ActivationRecord record, ContextCells cells)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);

        // The row is formatted into one buffer and written with one call: per-cell writes cost
        // several times more on a million-row file.
        _length = 0;

        // The 23 Lithops columns, in their order.
        Instant(record.HostJobCreate);
        Span(record.HostJobSerializeTime);
        Optional(record.FuncDataSizeBytes);
        Optional(record.FuncModuleSizeBytes);
        Span(record.HostFuncUploadTime);
        Span(record.HostDataUploadTime);
        Span(record.HostJobCreatedTime);
        Instant(record.HostStatusDone);
        Integer(record.HostStatusQueryCount);
        Instant(record.WorkerStart);
        Instant(record.HostSubmit);
        Text(CsvText.FormatBool(record.ColdStart));
        Optional(record.WorkerPeakMemoryStart);
        Instant(record.WorkerFuncStart);
        Instant(record.WorkerFuncEnd);
        Span(record.FuncExecTime);
        Text(record.FuncResultSize is { } size ? CsvText.FormatDouble(size) : string.Empty);
        OptionalSpan(record.WorkerResultUploadTime);
        Optional(record.WorkerPeakMemoryEnd);
        Instant(record.WorkerEnd);
        Span(record.WorkerExecTime);
        Instant(record.HostResultDone);
        Optional(record.HostResultQueryCount);

        // Which run, where it ran, platform detail, then the swept values.
        Append(cells.RunCells);
        Append(",");
        Integer(record.FunctionId);
        Text(record.Invoker);
        Text(record.Container);
        Integer(record.JobId);
        Text(record.Tenant);
        Span(record.QueueTime);
        Reserve(CsvText.MaxNumberLength);
        _length += CsvText.FormatTicks(record.ColdStartTime.Ticks, _row.AsSpan(_length));
        Append(cells.SweptCells);
        Append("\n");
        _output.Write(_row, 0, _length);
        RowsWritten++;
    }

    private void Instant(SimTime at) => Ticks(at.Ticks);

    private void Span(SimSpan span) => Ticks(span.Ticks);

    private void Ticks(long ticks)
    {
        Reserve(CsvText.MaxNumberLength + 1);
        _length += CsvText.FormatTicks(ticks, _row.AsSpan(_length));
        _row[_length++] = ',';
    }

    private void Integer(long value)
    {
        Reserve(CsvText.MaxNumberLength + 1);
        value.TryFormat(_row.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
        _row[_length++] = ',';
    }

    /// <summary>An unsimulated statistic is an empty cell.</summary>
    private void Optional(long? value)
    {
        if (value is { } v)
        {
            Integer(v);
        }
        else
        {
            Append(",");
        }
    }

    private void OptionalSpan(SimSpan? span)
    {
        if (span is { } s)
        {
            Span(s);
        }
        else
        {
            Append(",");
        }
    }

    private void Text(string value)
    {
        Append(CsvText.Escape(value ?? string.Empty));
        Append(",");
    }

    private void Append(string text)
    {
        Reserve(text.Length);
        text.CopyTo(_row.AsSpan(_length));
        _length += text.Length;
    }

    private void Reserve(int chars)
    {
        if (_length + chars > _row.Length)
        {
            Array.Resize(ref _row, Math.Max(_row.Length * 2, _length + chars));
        }
    }

    /// <summary>Writes through the shared file with a fixed context.</summary>
    private sealed class ContextSink(ActivationCsvWriter writer, ContextCells cells) : IActivationSink
    {
        public void Add(ActivationRecord record) => writer.Write(record, cells);
    }
}
