using Burstsim.Results.Csv;
using Burstsim.Simulator.Platform;
using Parquet;
using Parquet.Schema;

namespace Burstsim.Results.Parquet;

/// <summary>
/// Streams activation records to an Apache Parquet file (what pandas, polars and R arrow load without
/// parsing text): the columns of activations.csv, same names and order, typed (see
/// <see cref="ActivationParquetColumns"/>). Rows are buffered column by column and written as a row group
/// every <see cref="RowGroupRows"/> rows, so memory stays bounded however many functions run. A full row group
/// is encoded and written on a thread of its own while the next one fills (a second buffer per column, made at the
/// first full group), so a caller adding rows does not wait for Parquet's encoding; row groups are written one at a time, in order, so the
/// file's bytes are those of writing them inline. Set <see cref="Context"/> before adding rows. Not thread-safe:
/// one caller adds the rows.
/// </summary>
public sealed class ActivationParquetWriter : IActivationSink, IDisposable
{
    /// <summary>Rows per row group: 128k rows keep the buffers near 40 MB and give readers large, compressible column chunks.</summary>
    public const int RowGroupRows = 1 << 17;

    private readonly Stream _output;
    private readonly List<ParquetColumn> _columns;
    private readonly ParquetWriter _writer;
    private int _buffered;
    private Task _writing = Task.CompletedTask; // the row group being written, if any: at most one at a time
    private bool _disposed;

    /// <summary>A file whose columns are activations.csv's with <paramref name="sweptColumns"/> at the end.</summary>
    /// <exception cref="ArgumentException">A swept column repeats or reuses a fixed column's name.</exception>
    public ActivationParquetWriter(Stream output, IEnumerable<string> sweptColumns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sweptColumns);
        string[] swept = [.. sweptColumns];
        CsvText.WriteHeader(TextWriter.Null, ActivationColumns.Header(swept), nameof(sweptColumns)); // the CSV's own name checks
        _output = output;
        _columns = ActivationParquetColumns.Create(swept, RowGroupRows);
        _writer = Sync(ParquetWriter.CreateAsync(Schema(_columns), output));
    }

    /// <summary>Creates (or overwrites) a file at <paramref name="path"/>.</summary>
    public static ActivationParquetWriter Create(string path, IEnumerable<string> sweptColumns) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), sweptColumns);

    /// <summary>The run the rows added belong to; may change between rows.</summary>
    public RunContext? Context { get; set; }

    /// <summary>Data rows added so far.</summary>
    public long RowsWritten { get; private set; }

    public void Add(ActivationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var context = Context ?? throw new InvalidOperationException("Set Context before adding rows.");
        foreach (var column in _columns)
        {
            column.Set(_buffered, record, context);
        }

        RowsWritten++;
        if (++_buffered == RowGroupRows)
        {
            FlushRowGroup(inBackground: true);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            FlushRowGroup(inBackground: false);
            Sync(_writer.DisposeAsync().AsTask());
        }
        finally
        {
            _output.Dispose();
        }
    }

    /// <summary>
    /// Joins files written by this class with the same columns into <paramref name="destination"/>, row
    /// groups in the given order (the units of a run are written in parallel, then joined in plan order).
    /// </summary>
    /// <exception cref="InvalidDataException">A piece's columns differ from the first piece's.</exception>
    public static void Concatenate(string destination, IEnumerable<string> sweptColumns, IEnumerable<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        Sync(ConcatenateAsync(destination, [.. sweptColumns], pieces));
    }

    private static async Task ConcatenateAsync(string destination, string[] sweptColumns, IEnumerable<string> pieces)
    {
        var columns = ActivationParquetColumns.Create(sweptColumns, 1);
        var schema = Schema(columns);
        await using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        await using var writer = await ParquetWriter.CreateAsync(schema, output).ConfigureAwait(false);
        foreach (string piece in pieces)
        {
            await using var reader = await ParquetReader.CreateAsync(piece).ConfigureAwait(false);
            // Names, not the schema objects: a reader may describe text columns by another CLR type than the writer's.
            if (!reader.Schema.GetDataFields().Select(f => f.Name).SequenceEqual(columns.Select(c => c.Field.Name), StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{piece} does not have the columns of this run's activations.parquet; were these outputs made by different versions or sweeps?");
            }

            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var from = reader.OpenRowGroupReader(g);
                using var to = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await column.CopyAsync(from, to).ConfigureAwait(false);
                }
            }
        }
    }

    private static ParquetSchema Schema(List<ParquetColumn> columns) => new(columns.Select(c => (Field)c.Field));

    /// <summary>
    /// Writes the rows buffered as one row group: on a task while the next group fills (<paramref name="inBackground"/>),
    /// or before returning. Either way it first waits for the group before it, and rethrows what writing that one threw.
    /// </summary>
    private void FlushRowGroup(bool inBackground)
    {
        Sync(_writing); // the columns' second buffers are free again, and the groups stay in order
        if (_buffered == 0)
        {
            return;
        }

        int rows = _buffered;
        _buffered = 0;
        if (!inBackground)
        {
            Sync(WriteRowGroupAsync(rows, sealedBuffers: false));
            return;
        }

        foreach (var column in _columns)
        {
            column.Seal();
        }

        // A thread of its own, as the caller's was: a pool thread could wait behind a sweep's units running on the pool.
        _writing = Task.Factory.StartNew(() => Sync(WriteRowGroupAsync(rows, sealedBuffers: true)), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private async Task WriteRowGroupAsync(int rows, bool sealedBuffers)
    {
        using var group = _writer.CreateRowGroup();
        foreach (var column in _columns)
        {
            await column.WriteAsync(group, rows, sealedBuffers).ConfigureAwait(false);
        }
    }

    // Parquet.Net is async-only; the simulator's sinks are synchronous and run off any synchronization context.
    private static T Sync<T>(Task<T> task) => task.ConfigureAwait(false).GetAwaiter().GetResult();

    private static void Sync(Task task) => task.ConfigureAwait(false).GetAwaiter().GetResult();
}
