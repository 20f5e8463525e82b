using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// A function's execution environments (Lambda) or instances (Cloud Functions): a request takes the most recently
/// freed warm one (so the oldest idle ones age out), else the provider creates one. An idle one is gone once it has
/// been idle for the provider's idle lifetime; expiry is applied when the pool is next looked at, which gives the same
/// result as a timer per environment without an event each.
/// </summary>
internal sealed class EnvironmentPool(SimSpan idleLifetime)
{
    private readonly LinkedList<ExecutionEnvironment> _free = new();
    private int _nextId;

    /// <summary>Environments alive now (busy or idle, not yet expired when last looked at).</summary>
    public int Live { get; private set; }

    /// <summary>Requests running now, over all environments (Lambda's concurrency in use).</summary>
    public int BusyRequests { get; private set; }

    /// <summary>Environments ever created.</summary>
    public int Created => _nextId;

    /// <summary>Sum of the lives of expired environments, s (those alive at the end are added by <see cref="LifeSeconds"/>).</summary>
    private double _endedLifeSeconds;

    private readonly List<ExecutionEnvironment> _all = [];

    /// <summary>Provisioned environments not taken yet: they exist from <see cref="_provisionedAt"/> but get an object only when first taken, so provisioning costs nothing per environment up front.</summary>
    private int _unusedProvisioned;

    private SimTime _provisionedAt;

    /// <summary>The time of the current take (set by <see cref="TakeWarm"/> and <see cref="Create"/>).</summary>
    private SimTime _now;

    /// <summary>The most recently freed warm environment with a free slot, taken; null when there is none.</summary>
    public ExecutionEnvironment? TakeWarm(SimTime now)
    {
        _now = now;
        Expire(now);
        if (_free.Last is not { } node)
        {
            return _unusedProvisioned > 0 ? TakeProvisioned() : null;
        }

        var env = node.Value;
        Take(env);
        if (env.Busy >= env.Slots)
        {
            _free.RemoveLast();
        }

        return env;
    }

    /// <summary>
    /// <paramref name="count"/> environments initialised at <paramref name="at"/> that never expire (Lambda provisioned
    /// concurrency); ids 0 to count - 1. A request takes one only when no other warm one is free, the highest id first,
    /// as if they had all been made at <paramref name="at"/> and freed in id order.
    /// </summary>
    public void Provision(int count, SimTime at)
    {
        _unusedProvisioned = count;
        _provisionedAt = at;
        _nextId += count;
        Live += count;
    }

    /// <summary>A new environment, taken by the request that made it.</summary>
    public ExecutionEnvironment Create(SimTime now, int slots)
    {
        _now = now;
        Expire(now);
        var env = new ExecutionEnvironment(_nextId++, now, slots);
        _all.Add(env);
        Live++;

        Take(env);
        if (env.Busy < env.Slots)
        {
            _free.AddLast(env);
        }

        return env;
    }

    /// <summary>A request in <paramref name="env"/> ended at <paramref name="now"/>.</summary>
    /// <exception cref="InvalidOperationException">The environment runs nothing.</exception>
    public void Release(ExecutionEnvironment env, SimTime now)
    {
        if (env.Busy <= 0)
        {
            throw new InvalidOperationException($"{env.Name} released while idle");
        }

        bool wasFull = env.Busy >= env.Slots;
        env.Busy--;
        BusyRequests--;
        if (env.Busy == 0)
        {
            env.IdleSince = now;
        }

        if (wasFull)
        {
            _free.AddLast(env);
        }
        else if (env.Busy == 0)
        {
            // Partly busy environments stay where they are; an idle one moves to the most recent end.
            _free.Remove(env);
            _free.AddLast(env);
        }
    }

    /// <summary>Environments alive at <paramref name="now"/> after expiry (Cloud Functions' instance count against max instances).</summary>
    public int LiveAt(SimTime now)
    {
        Expire(now);
        return Live;
    }

    /// <summary>Sum over environments of their life up to <paramref name="end"/> (or their expiry), s.</summary>
    public double LifeSeconds(SimTime end)
    {
        double sum = _endedLifeSeconds + (_unusedProvisioned * (end - _provisionedAt).Seconds);
        foreach (var env in _all)
        {
            if (!env.Expired)
            {
                sum += (end - env.Created).Seconds;
            }
        }

        return sum;
    }

    /// <summary>The highest-numbered provisioned environment not yet used, taken now.</summary>
    private ExecutionEnvironment TakeProvisioned()
    {
        var env = new ExecutionEnvironment(--_unusedProvisioned, _provisionedAt, 1) { Provisioned = true };
        _all.Add(env);
        Take(env);
        return env;
    }

    private void Take(ExecutionEnvironment env)
    {
        if (env.Busy == 0)
        {
            env.BusySince = _now;
        }

        env.Busy++;
        BusyRequests++;
    }

    /// <summary>Removes, oldest first, the idle environments whose idle lifetime ended by <paramref name="now"/>.</summary>
    private void Expire(SimTime now)
    {
        var node = _free.First;
        while (node is not null)
        {
            var next = node.Next;
            var env = node.Value;
            if (env.Busy == 0 && !env.Provisioned)
            {
                if (env.IdleSince + idleLifetime > now)
                {
                    break; // idle environments join the list in the order they went idle: the rest are younger
                }

                _free.Remove(node);
                env.Expired = true;
                Live--;
                _endedLifeSeconds += (env.IdleSince + idleLifetime - env.Created).Seconds;
            }

            node = next;
        }
    }
}
