namespace Burstsim.Results.Summary;

/// <summary>
/// A growing column of tick values (µs) for the summary's sorts and sweeps, exact either way: while every value
/// lies within ±2^31 ticks (about 35 minutes) of the first one, each is kept as a 32-bit offset from it, else the
/// column widens to 64-bit values once. A burst's instants and startups span seconds to minutes, so a million
/// functions cost 4 MB a column instead of 8 MB.
/// <para>
/// Memory is bounded: past <see cref="SpillRows"/> values (a run that long is a long trace or a huge burst) the
/// values in memory are sorted and written to a temporary file as one run (<see cref="SpilledRuns"/>), and the
/// column reads back the merged runs, ascending, after <see cref="Sort"/>. Without it a day of the Azure trace
/// (20.6 M calls) held its four columns, about 500 MB and growing with the trace; with it each column holds at
/// most <see cref="SpillRows"/> values. A spilled column is read forward (each index at or after the one
/// before, or the one just before it); reading further back merges the runs again from the start. Not thread-safe.
/// </para>
/// </summary>
internal sealed class TickColumn
{
    /// <summary>Values held in memory before they are written out as a sorted run: 2^20, 4 to 8 MB.</summary>
    public const int DefaultSpillRows = 1 << 20;

    private int[] _narrow = [];
    private long[]? _wide;
    private long _base;
    private int _held; // values in memory (Count while nothing is spilled)
    private SpilledRuns? _spilled;
    private Cursor? _cursor;

    /// <summary>A column that spills past <paramref name="spillRows"/> values held (tests pass a small number).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spillRows"/> is below 1.</exception>
    public TickColumn(int spillRows = DefaultSpillRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spillRows, 1);
        SpillRows = spillRows;
    }

    /// <summary>Values the column holds in memory at most; past them it writes a sorted run to its temporary file.</summary>
    public int SpillRows { get; }

    /// <summary>Values added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Values the column holds room for in memory (tests read it to see growth).</summary>
    internal int Capacity => _wide?.Length ?? _narrow.Length;

    /// <summary>Whether values have been written to the temporary file.</summary>
    internal bool Spilled => _spilled is not null;

    /// <summary>
    /// The value at <paramref name="index"/> (0 .. Count - 1), in ticks. Once spilled, the column must be sorted
    /// (<see cref="Sort"/>) and is best read forward (see the class remarks).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, Count).</exception>
    /// <exception cref="InvalidOperationException">The column has spilled and values were added since the last <see cref="Sort"/>.</exception>
    public long this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (_spilled is null)
            {
                return Held(index);
            }

            if (_held > 0)
            {
                throw new InvalidOperationException("a spilled tick column is read in sorted order: call Sort after adding values");
            }

            _cursor ??= new Cursor(_spilled);
            return _cursor.At(index);
        }
    }

    /// <summary>
    /// The values the column expects in all (0: unknown). It still grows by doubling, so its memory follows the rows
    /// added while the run's own state is still alive, but never past the hint: the last growth lands on the exact
    /// size instead of up to twice it. Values beyond the hint still fit. Growth also stops at <see cref="SpillRows"/>.
    /// </summary>
    public int CapacityHint { get; set; }

    /// <summary>Adds one value.</summary>
    /// <exception cref="IOException">The column had to spill and the temporary folder cannot take the file.</exception>
    public void Add(long ticks)
    {
        if (_held == SpillRows)
        {
            Spill();
        }

        if (Count == 0 && _wide is null)
        {
            _base = ticks;
        }

        _cursor = null;
        if (_wide is null)
        {
            long offset = ticks - _base;
            if (offset is >= int.MinValue and <= int.MaxValue)
            {
                Grow(ref _narrow);
                _narrow[_held++] = (int)offset;
                Count++;
                return;
            }

            Widen();
        }

        Grow(ref _wide!);
        _wide[_held++] = ticks;
        Count++;
    }

    /// <summary>Sorts the values ascending (offsets from one base sort as the values do); a spilled column writes its held values as one more run.</summary>
    /// <exception cref="IOException">The temporary file cannot take the held values.</exception>
    public void Sort()
    {
        _cursor = null;
        if (_spilled is not null)
        {
            if (_held > 0)
            {
                Spill();
            }

            return;
        }

        SortHeld();
    }

    /// <summary>The values as seconds (ticks / <see cref="Simulator.Engine.SimTime.TicksPerSecond"/>, as <see cref="Simulator.Engine.SimSpan.Seconds"/> gives them), a live view.</summary>
    public IReadOnlyList<double> AsSeconds() => new SecondsView(this);

    private long Held(int index) => _wide is { } wide ? wide[index] : _base + _narrow[index];

    private void SortHeld()
    {
        if (_wide is { } wide)
        {
            wide.AsSpan(0, _held).Sort();
        }
        else
        {
            _narrow.AsSpan(0, _held).Sort();
        }
    }

    // Writes the held values as a sorted run and empties memory, keeping the arrays for the next values.
    private void Spill()
    {
        SortHeld();
        _spilled ??= SpilledRuns.Create();
        if (_wide is { } wide)
        {
            _spilled.Write(wide.AsSpan(0, _held));
        }
        else
        {
            _spilled.Write(_narrow.AsSpan(0, _held), _base);
        }

        _held = 0;
    }

    private void Grow<T>(ref T[] array)
    {
        if (_held == array.Length)
        {
            long doubled = Math.Max(4, 2L * array.Length);
            long size = CapacityHint > _held && doubled > CapacityHint ? CapacityHint : doubled;
            Array.Resize(ref array, (int)Math.Min(Math.Min(Array.MaxLength, size), SpillRows));
        }
    }

    private void Widen()
    {
        var wide = new long[Math.Max(_narrow.Length, 4)];
        for (int i = 0; i < _held; i++)
        {
            wide[i] = _base + _narrow[i];
        }

        _wide = wide;
        _narrow = [];
    }

    /// <summary>Forward reads of a spilled column: the merge's position, its value and the one before.</summary>
    private sealed class Cursor(SpilledRuns runs)
    {
        private IEnumerator<long>? _merge;
        private int _index = -1;
        private long _current;
        private long _previous;

        public long At(int index)
        {
            if (index == _index)
            {
                return _current;
            }

            if (index == _index - 1)
            {
                return _previous;
            }

            if (_merge is null || index < _index)
            {
                _merge?.Dispose();
                _merge = runs.Ascending().GetEnumerator();
                _index = -1;
            }

            while (_index < index)
            {
                if (!_merge.MoveNext())
                {
                    throw new InvalidOperationException($"the spilled runs hold {_index + 1} values, fewer than the column counts");
                }

                _previous = _current;
                _current = _merge.Current;
                _index++;
            }

            return _current;
        }
    }

    private sealed class SecondsView(TickColumn column) : IReadOnlyList<double>
    {
        public int Count => column.Count;

        public double this[int index] => new Simulator.Engine.SimSpan(column[index]).Seconds;

        public IEnumerator<double> GetEnumerator()
        {
            for (int i = 0; i < column.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
