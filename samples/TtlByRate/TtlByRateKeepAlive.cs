using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Samples.TtlByRate;

/// <summary>
/// Keep an idle container about as long as its action's next request is expected: factor x the action's recent
/// inter-arrival time, clamped to [min, max]. An action seen in one group only keeps max (nothing known yet).
/// Learns from <see cref="IKeepAlivePolicy.Invoked"/>, which every invoker's pool calls for every request; one
/// instance per run, called from the simulation's one thread.
/// </summary>
public sealed class TtlByRateKeepAlive : IKeepAlivePolicy
{
    private readonly Dictionary<string, ArrivalRate> _rates = new(StringComparer.Ordinal);
    private readonly double _factor;
    private readonly SimSpan _min;
    private readonly SimSpan _max;
    private readonly SimSpan _window;

    /// <param name="factor">Keep-alive per second of inter-arrival time, greater than 0.</param>
    /// <param name="min">The shortest keep-alive.</param>
    /// <param name="max">The longest, and the keep-alive of an action with no gap yet.</param>
    /// <param name="window">Invocations closer than this to the previous one count as one arrival.</param>
    /// <exception cref="ArgumentOutOfRangeException">factor is not above 0, min is above max, or window is negative.</exception>
    public TtlByRateKeepAlive(double factor, SimSpan min, SimSpan max, SimSpan window)
    {
        if (!(factor > 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor must be a finite number greater than 0");
        }

        if (min > max || min < SimSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"min must be from 0 to max ({max})");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(window.Ticks, 0, nameof(window));
        _factor = factor;
        _min = min;
        _max = max;
        _window = window;
    }

    /// <summary>The smoothed inter-arrival time of <paramref name="action"/>, seconds; null while unknown.</summary>
    public double? GapS(string action) => _rates.TryGetValue(action, out var rate) ? rate.GapS : null;

    /// <inheritdoc/>
    public SimSpan KeepAlive(IdleContainer container)
    {
        if (GapS(container.Action) is not { } gap)
        {
            return _max;
        }

        var ttl = SimSpan.FromSeconds(Math.Min(_factor * gap, _max.Seconds));
        return ttl < _min ? _min : ttl > _max ? _max : ttl;
    }

    /// <inheritdoc/>
    public void Invoked(string action, SimTime at)
    {
        if (_rates.TryGetValue(action, out var rate))
        {
            rate.Arrived(at, _window);
        }
        else
        {
            _rates[action] = new ArrivalRate(at);
        }
    }
}
