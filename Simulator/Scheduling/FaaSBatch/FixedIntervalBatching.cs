using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary>FaaSBatch's dispatcher: a tick every <paramref name="interval"/> on the simulation clock (multiples of the interval).</summary>
/// <param name="interval">The dispatch interval (positive).</param>
internal sealed class FixedIntervalBatching(SimSpan interval) : IBatchingPolicy
{
    private readonly long _ticks = interval.Ticks > 0 ? interval.Ticks : throw new ArgumentOutOfRangeException(nameof(interval), interval, "The dispatch interval must be positive.");

    /// <inheritdoc/>
    public SimTime NextDispatch(SimTime now) => new(((now.Ticks / _ticks) + 1) * _ticks);
}
