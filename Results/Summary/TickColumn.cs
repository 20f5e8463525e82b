namespace Burstsim.Results.Summary;

/// <summary>
/// A growing column of tick values (µs) for the summary's sorts and sweeps, exact either way: while every value
/// lies within ±2^31 ticks (about 35 minutes) of the first one, each is kept as a 32-bit offset from it, else the
/// column widens to 64-bit values once. A burst's instants and startups span seconds to minutes, so ten million
/// functions cost 40 MB a column instead of 80 MB. Not thread-safe.
/// </summary>
internal sealed class TickColumn
{
    private int[] _narrow = [];
    private long[]? _wide;
    private long _base;

    /// <summary>Values added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Values the column holds room for (tests read it to see growth).</summary>
    internal int Capacity => _wide?.Length ?? _narrow.Length;

    /// <summary>The value at <paramref name="index"/> (0 .. Count - 1), in ticks.</summary>
    public long this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _wide is { } wide ? wide[index] : _base + _narrow[index];
        }
    }

    /// <summary>
    /// The values the column expects in all (0: unknown). It still grows by doubling, so its memory follows the rows
    /// added while the run's own state is still alive, but never past the hint: the last growth lands on the exact
    /// size instead of up to twice it (ten million values in 40 MB, not 64 MB). Values beyond the hint still fit.
    /// </summary>
    public int CapacityHint { get; set; }

    public void Add(long ticks)
    {
        if (Count == 0 && _wide is null)
        {
            _base = ticks;
        }

        if (_wide is null)
        {
            long offset = ticks - _base;
            if (offset is >= int.MinValue and <= int.MaxValue)
            {
                Grow(ref _narrow);
                _narrow[Count++] = (int)offset;
                return;
            }

            Widen();
        }

        Grow(ref _wide!);
        _wide[Count++] = ticks;
    }

    /// <summary>Sorts the values ascending (offsets from one base sort as the values do).</summary>
    public void Sort()
    {
        if (_wide is { } wide)
        {
            wide.AsSpan(0, Count).Sort();
        }
        else
        {
            _narrow.AsSpan(0, Count).Sort();
        }
    }

    /// <summary>The values as seconds (ticks / <see cref="Simulator.Engine.SimTime.TicksPerSecond"/>, as <see cref="Simulator.Engine.SimSpan.Seconds"/> gives them), a live view.</summary>
    public IReadOnlyList<double> AsSeconds() => new SecondsView(this);

    private void Grow<T>(ref T[] array)
    {
        if (Count == array.Length)
        {
            long doubled = Math.Max(4, 2L * array.Length);
            long size = CapacityHint > Count && doubled > CapacityHint ? CapacityHint : doubled;
            Array.Resize(ref array, (int)Math.Min(Array.MaxLength, size));
        }
    }

    private void Widen()
    {
        var wide = new long[Math.Max(_narrow.Length, 4)];
        for (int i = 0; i < Count; i++)
        {
            wide[i] = _base + _narrow[i];
        }

        _wide = wide;
        _narrow = [];
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
