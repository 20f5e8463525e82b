using Burstsim.Results.Csv;
using Burstsim.Simulator.Platform;
using Parquet;
using Parquet.Schema;

namespace Burstsim.Results.Parquet;

/// <summary>One column of activations.parquet: its field, how a row's value is read, and the buffer of the row group being filled.</summary>
internal abstract class ParquetColumn
{
    public abstract DataField Field { get; }

    /// <summary>Stores row <paramref name="row"/>'s value from the record and its run.</summary>
    public abstract void Set(int row, ActivationRecord record, RunContext context);

    /// <summary>Writes the first <paramref name="rows"/> buffered values as this column of the row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows);

    /// <summary>Copies this column of a row group read back from another file (concatenating unit files).</summary>
    public abstract Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to);
}

/// <summary>A column of non-null values (numbers, booleans).</summary>
internal sealed class ValueColumn<T>(string name, Func<ActivationRecord, RunContext, T> value, int capacity) : ParquetColumn
    where T : struct
{
    private readonly DataField<T> _field = new(name, false);
    private readonly T[] _values = new T[capacity];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context);

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows) =>
        group.WriteAsync<T>(_field, _values.AsMemory(0, rows));

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = new T[from.RowCount];
        await from.ReadAsync<T>(_field, values).ConfigureAwait(false);
        await to.WriteAsync<T>(_field, values.AsMemory()).ConfigureAwait(false);
    }
}

/// <summary>A column of text (names, swept values); never null, empty where the CSV cell is empty.</summary>
internal sealed class TextColumn(string name, Func<ActivationRecord, RunContext, string> value, int capacity) : ParquetColumn
{
    private readonly DataField<string> _field = new(name, false);
    private readonly string[] _values = new string[capacity];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context) ?? string.Empty;

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows) =>
        group.WriteAsync(_field, new ArraySegment<string>(_values, 0, rows), null);

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = new string?[from.RowCount];
        await from.ReadAsync(_field, values.AsMemory(), null).ConfigureAwait(false);
        await to.WriteAsync(_field, values!, null).ConfigureAwait(false);
    }
}

/// <summary>A column the model may leave unset (the CSV writes an empty cell): Parquet nulls there.</summary>
internal sealed class NullableColumn<T>(string name, Func<ActivationRecord, RunContext, T?> value, int capacity) : ParquetColumn
    where T : struct
{
    private readonly DataField<T?> _field = new(name);
    private readonly T?[] _values = new T?[capacity];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context);

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows) =>
        group.WriteAsync<T>(_field, (ReadOnlyMemory<T?>)_values.AsMemory(0, rows));

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = new T?[from.RowCount];
        await from.ReadAsync<T>(_field, values.AsMemory()).ConfigureAwait(false);
        await to.WriteAsync<T>(_field, (ReadOnlyMemory<T?>)values.AsMemory()).ConfigureAwait(false);
    }
}
