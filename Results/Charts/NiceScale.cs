using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// An axis range with round ticks: the step is 1, 2 or 5 times a power of ten, and the range
/// runs from a tick at or below the data minimum to a tick at or above the data maximum, so every
/// data point lies on the axis. Tick values are rounded to the step's decimals (no 0.30000000000000004).
/// </summary>
public sealed record NiceScale
{
    private static readonly int[] Mantissas = [1, 2, 5];

    private NiceScale(double min, double max, double step, int decimals)
    {
        Min = min;
        Max = max;
        Step = step;
        Decimals = decimals;
    }

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    /// <summary>Decimals a tick label needs (0 for steps of 1 or more).</summary>
    public int Decimals { get; }

    public IReadOnlyList<double> Ticks
    {
        get
        {
            int count = (int)Math.Round((Max - Min) / Step);
            var ticks = new double[count + 1];
            for (int i = 0; i <= count; i++)
            {
                ticks[i] = Math.Round(Min + (i * Step), Decimals);
            }

            return ticks;
        }
    }

    /// <summary>
    /// A scale covering [dataMin, dataMax] with at most about <paramref name="maxTicks"/> intervals.
    /// A single value gets a small range around it; includeZero stretches the range to 0 (for
    /// latencies and counts, where the distance from zero is the point); minStep keeps steps of
    /// whole things (function indexes, counts) from going fractional.
    /// </summary>
    public static NiceScale Covering(double dataMin, double dataMax, int maxTicks = 6, bool includeZero = false, double minStep = 0)
    {
        if (!double.IsFinite(dataMin) || !double.IsFinite(dataMax) || dataMax < dataMin)
        {
            throw new ArgumentException("The data range must be finite with max >= min.", nameof(dataMin));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 2);
        if (includeZero)
        {
            dataMin = Math.Min(dataMin, 0);
            dataMax = Math.Max(dataMax, 0);
        }

        if (dataMin == dataMax)
        {
            double pad = dataMin == 0 ? 1 : Math.Abs(dataMin) * 0.1;
            dataMin = includeZero && dataMin >= 0 ? dataMin : dataMin - pad;
            dataMax += pad;
        }

        double range = dataMax - dataMin;
        int exponent = (int)Math.Floor(Math.Log10(range / maxTicks));
        if (minStep > 0)
        {
            exponent = Math.Max(exponent, (int)Math.Floor(Math.Log10(minStep)));
        }

        while (true)
        {
            foreach (int mantissa in Mantissas)
            {
                double step = mantissa * Math.Pow(10, exponent);
                if (step < minStep)
                {
                    continue;
                }

                long lo = (long)Math.Floor(dataMin / step);
                long hi = (long)Math.Ceiling(dataMax / step);
                // Division can land a hair off an exact multiple; widen so the data is covered exactly.
                while (lo * step > dataMin)
                {
                    lo--;
                }

                while (hi * step < dataMax)
                {
                    hi++;
                }

                if (hi - lo <= maxTicks)
                {
                    int decimals = Math.Max(0, -exponent);
                    return new NiceScale(Math.Round(lo * step, decimals), Math.Round(hi * step, decimals), step, decimals);
                }
            }

            exponent++;
        }
    }

    /// <summary>Tick label text: invariant culture, the scale's decimals, no "-0".</summary>
    public string Format(double value)
    {
        double rounded = Math.Round(value, Decimals);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return rounded.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Maps a data value linearly onto [pixelAtMin, pixelAtMax].</summary>
    public double Map(double value, double pixelAtMin, double pixelAtMax) =>
        pixelAtMin + ((value - Min) / (Max - Min) * (pixelAtMax - pixelAtMin));
}
