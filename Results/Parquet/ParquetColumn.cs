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

    /// <summary>
    /// Hands the buffer filled so far to <see cref="WriteAsync"/> and makes the other buffer the one <see cref="Set"/> fills,
    /// so the next row group is filled while this one is written (the second buffer is made at the first call).
    /// </summary>
    public abstract void Seal();

    /// <summary>
    /// Writes the first <paramref name="rows"/> values as this column of the row group: of the buffer last sealed
    /// (<see cref="Seal"/>) if <paramref name="sealedBuffer"/>, else of the one being filled (the last group, written
    /// inline: a run of under one group never makes the second buffer).
    /// </summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, int rows, bool sealedBuffer);

    /// <summary>Copies this column of a row group read back from another file (concatenating unit files).</summary>
    public abstract Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to);

    /// <summary>
    /// The first <paramref name="rows"/> slots of a copy buffer kept from one row group to the next. Why: a day's file has
    /// 160 row groups of 131 072 rows; a fresh array per column and group put about 40 MB on the large-object heap
    /// each, collected only with the oldest generation, and the copy's peak rose by hundreds of MB.
    /// </summary>
    protected static Memory<TValue> CopyBuffer<TValue>(ref TValue[] buffer, long rows)
    {
        int n = checked((int)rows);
        if (buffer.Length < n)
        {
            buffer = new TValue[n];
        }

        return buffer.AsMemory(0, n);
    }
}

/// <summary>A column of non-null values (numbers, booleans).</summary>
internal sealed class ValueColumn<T>(string name, Func<ActivationRecord, RunContext, T> value, int capacity) : ParquetColumn
    where T : struct
{
    private readonly DataField<T> _field = new(name, false);
    private T[] _values = new T[capacity];
    private T[]? _sealed;
    private T[] _copy = [];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context);

    public override void Seal() => (_values, _sealed) = (_sealed ?? new T[_values.Length], _values);

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, bool sealedBuffer) =>
        group.WriteAsync<T>(_field, (sealedBuffer ? _sealed : _values).AsMemory(0, rows));

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = CopyBuffer(ref _copy, from.RowCount);
        await from.ReadAsync<T>(_field, values).ConfigureAwait(false);
        await to.WriteAsync<T>(_field, values).ConfigureAwait(false);
    }
}

/// <summary>A column of text (names, swept values); never null, empty where the CSV cell is empty.</summary>
internal sealed class TextColumn(string name, Func<ActivationRecord, RunContext, string> value, int capacity) : ParquetColumn
{
    private readonly DataField<string> _field = new(name, false);
    private string[] _values = new string[capacity];
    private string[]? _sealed;
    private string?[] _copy = [];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context) ?? string.Empty;

    public override void Seal() => (_values, _sealed) = (_sealed ?? new string[_values.Length], _values);

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, bool sealedBuffer) =>
        group.WriteAsync(_field, new ArraySegment<string>((sealedBuffer ? _sealed : _values) ?? [], 0, rows), null);

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = CopyBuffer(ref _copy, from.RowCount);
        await from.ReadAsync(_field, values, null).ConfigureAwait(false);
        await to.WriteAsync(_field, new ArraySegment<string>(_copy!, 0, values.Length), null).ConfigureAwait(false);
    }
}

/// <summary>A column the model may leave unset (the CSV writes an empty cell): Parquet nulls there.</summary>
internal sealed class NullableColumn<T>(string name, Func<ActivationRecord, RunContext, T?> value, int capacity) : ParquetColumn
    where T : struct
{
    private readonly DataField<T?> _field = new(name);
    private T?[] _values = new T?[capacity];
    private T?[]? _sealed;
    private T?[] _copy = [];

    public override DataField Field => _field;

    public override void Set(int row, ActivationRecord record, RunContext context) => _values[row] = value(record, context);

    public override void Seal() => (_values, _sealed) = (_sealed ?? new T?[_values.Length], _values);

    public override Task WriteAsync(ParquetRowGroupWriter group, int rows, bool sealedBuffer) =>
        group.WriteAsync<T>(_field, (ReadOnlyMemory<T?>)(sealedBuffer ? _sealed : _values).AsMemory(0, rows));

    public override async Task CopyAsync(ParquetRowGroupReader from, ParquetRowGroupWriter to)
    {
        var values = CopyBuffer(ref _copy, from.RowCount);
        await from.ReadAsync<T>(_field, values).ConfigureAwait(false);
        await to.WriteAsync<T>(_field, (ReadOnlyMemory<T?>)values).ConfigureAwait(false);
    }
}
