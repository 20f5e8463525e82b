namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// One application's idle times (end of an execution to the next invocation) in whole-minute bins over a fixed range,
/// as the hybrid histogram policy keeps them (Shahrad et al., ATC'20, section 4.2: 1-minute bins, 4 hours). Idle times
/// at or beyond the range are counted apart as out of bounds.
/// </summary>
internal sealed class IdleTimeHistogram(int rangeMinutes)
{
    private readonly long[] _bins = new long[rangeMinutes];

    /// <summary>Idle times inside the range.</summary>
    public long InRange { get; private set; }

    /// <summary>Idle times at or beyond the range.</summary>
    public long OutOfBounds { get; private set; }

    /// <summary>Bins (minutes) in the range.</summary>
    public int Bins => _bins.Length;

    /// <summary>Counts one idle time of <paramref name="minutes"/> (bin = whole minutes, truncated).</summary>
    public void Add(double minutes)
    {
        if (minutes < 0 || double.IsNaN(minutes))
        {
            return;
        }

        if (minutes >= _bins.Length)
        {
            OutOfBounds++;
            return;
        }

        _bins[(int)minutes]++;
        InRange++;
    }

    /// <summary>The bin in which the cumulative count first reaches <paramref name="percentile"/> % of the in-range idle times; -1 when empty.</summary>
    public int BinOf(double percentile)
    {
        if (InRange == 0)
        {
            return -1;
        }

        double target = percentile / 100.0 * InRange;
        long cumulative = 0;
        for (int i = 0; i < _bins.Length; i++)
        {
            cumulative += _bins[i];
            if (cumulative >= target && cumulative > 0)
            {
                return i;
            }
        }

        return _bins.Length - 1;
    }

    /// <summary>Coefficient of variation of the bin counts over the whole range (population standard deviation / mean); 0 when empty.</summary>
    public double BinCountCv()
    {
        if (InRange == 0)
        {
            return 0;
        }

        double mean = InRange / (double)_bins.Length;
        double squares = 0;
        foreach (long c in _bins)
        {
            squares += (c - mean) * (c - mean);
        }

        return Math.Sqrt(squares / _bins.Length) / mean;
    }
}
