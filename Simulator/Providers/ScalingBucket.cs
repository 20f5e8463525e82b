using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// AWS Lambda's concurrency scaling rate as a token bucket: at most <c>rate</c> new execution environments per
/// <c>period</c> for one function, refilled continuously and never above <c>rate</c> (AWS Lambda docs, "Lambda scaling
/// behavior": 1000 every 10 s; unused rate does not carry over). Starts full.
/// </summary>
internal sealed class ScalingBucket
{
    private readonly double _capacity;
    private readonly double _perTick;
    private double _tokens;
    private SimTime _at;

    /// <param name="rate">Environments per period (at least 1).</param>
    /// <param name="periodS">The period, s (positive).</param>
    /// <exception cref="ArgumentOutOfRangeException">rate below 1 or period not positive.</exception>
    public ScalingBucket(int rate, double periodS)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 1);
        if (!(periodS > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(periodS), periodS, "the scaling period must be positive");
        }

        _capacity = rate;
        _perTick = rate / (periodS * SimTime.TicksPerSecond);
        _tokens = rate;
    }

    /// <summary>Takes one environment's worth of rate at <paramref name="now"/>; false when the rate is used up.</summary>
    public bool TryTake(SimTime now)
    {
        Refill(now);
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }

    /// <summary>When the next environment may be created, at the earliest (now if one may be now).</summary>
    public SimTime NextAvailable(SimTime now)
    {
        Refill(now);
        return _tokens >= 1 ? now : now + new SimSpan((long)Math.Ceiling((1 - _tokens) / _perTick));
    }

    private void Refill(SimTime now)
    {
        if (now > _at)
        {
            _tokens = Math.Min(_capacity, _tokens + ((now - _at).Ticks * _perTick));
            _at = now;
        }
    }
}
