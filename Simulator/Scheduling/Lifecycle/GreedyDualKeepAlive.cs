using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// FaasCache (Fuerst and Sharma, "FaasCache: Keeping Serverless Computing Alive with Greedy-Dual Caching", ASPLOS'21):
/// keep-alive as caching. Idle containers are kept (<see cref="IKeepAlivePolicy.Forever"/>) and leave only when a new
/// container needs their memory, lowest Greedy-Dual-Size-Frequency priority first:
/// priority = clock + frequency x cost / size, with clock the invoker's clock when the container was last used,
/// frequency the requests run by the action's live containers on that invoker, cost the container's cold start (docker
/// run and /init, s) and size its memory (MB). Each invoker's clock becomes the priority of the container it last
/// evicted (as in the authors' simulator, aFuerst/faascache-sim, LambdaScheduler.calc_priority). One instance per run.
/// </summary>
internal sealed class GreedyDualKeepAlive : IKeepAlivePolicy, IEvictionPolicy
{
    private readonly Dictionary<int, double> _clocks = [];
    private readonly Dictionary<int, Entry> _containers = [];
    private readonly Dictionary<(int Invoker, string Action), long> _frequency = [];

    /// <summary>An invoker's clock: the priority of the last container it evicted (0 before any).</summary>
    public double Clock(int invoker) => _clocks.GetValueOrDefault(invoker);

    /// <inheritdoc/>
    public SimSpan KeepAlive(IdleContainer container)
    {
        Track(container);
        return IKeepAlivePolicy.Forever;
    }

    /// <inheritdoc/>
    public double Priority(IdleContainer container)
    {
        var entry = Track(container);
        long frequency = _frequency.GetValueOrDefault((container.Invoker, container.Action));
        return entry.Clock + (frequency * container.ColdStart.Seconds / Math.Max(1, container.MemoryMb));
    }

    /// <inheritdoc/>
    public void Evicted(IdleContainer victim)
    {
        _clocks[victim.Invoker] = Priority(victim);
        if (_containers.Remove(victim.Id, out var entry))
        {
            var key = (victim.Invoker, victim.Action);
            long left = _frequency.GetValueOrDefault(key) - entry.Uses;
            if (left > 0)
            {
                _frequency[key] = left;
            }
            else
            {
                _frequency.Remove(key);
            }
        }
    }

    /// <summary>Records the container's use count and, when it was used since last seen, the clock of that access.</summary>
    private Entry Track(IdleContainer container)
    {
        var key = (container.Invoker, container.Action);
        if (!_containers.TryGetValue(container.Id, out var entry))
        {
            entry = new Entry(Clock(container.Invoker), container.Uses);
            _containers[container.Id] = entry;
            _frequency[key] = _frequency.GetValueOrDefault(key) + container.Uses;
        }
        else if (container.Uses != entry.Uses)
        {
            _frequency[key] = _frequency.GetValueOrDefault(key) + container.Uses - entry.Uses;
            entry = new Entry(Clock(container.Invoker), container.Uses);
            _containers[container.Id] = entry;
        }

        return entry;
    }

    private readonly record struct Entry(double Clock, long Uses);
}
