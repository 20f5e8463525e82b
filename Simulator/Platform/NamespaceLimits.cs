using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// One controller's namespace throttles (OpenWhisk Entitlement): the invocations-per-minute
/// RateThrottler, checked first, then the concurrent-invocations ActivationThrottler. Either refusal
/// is an HTTP 429.
/// The rate throttler counts per wall-clock minute (epoch minute = floor(t / 60 s)) and resets when the
/// minute changes, not over a sliding 60 s window; every check is charged, refused ones included.
/// With N controllers each enforces its individual share: max(1, ceil(L x 1.2) / N) (integer division;
/// the 1.2 overcommit applies only when N &gt; 1), because the controllers share no throttle state.
/// </summary>
internal sealed class NamespaceLimits
{
    private static readonly long MinuteTicks = SimSpan.FromSeconds(60).Ticks;
    private readonly int _perMinute;
    private readonly int _concurrent;
    private readonly Dictionary<string, (long Minute, int Count)> _rate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _active = new(StringComparer.Ordinal);

    /// <param name="perMinuteLimit">The system-wide invocations-per-minute limit L.</param>
    /// <param name="concurrentLimit">The system-wide concurrent-invocations limit L.</param>
    /// <param name="controllers">Number of controllers sharing the traffic (at least 1).</param>
    public NamespaceLimits(int perMinuteLimit, int concurrentLimit, int controllers)
    {
        _perMinute = IndividualLimit(perMinuteLimit, controllers);
        _concurrent = IndividualLimit(concurrentLimit, controllers);
    }

    /// <summary>
    /// OpenWhisk Entitlement.calculateIndividualLimit: the limit dilated by 20 % when several controllers
    /// share the load (round-robin is not perfectly fair), then divided among them, at least 1 unless the limit is 0.
    /// </summary>
    /// <param name="limit">The configured system-wide limit.</param>
    /// <param name="controllers">Number of controllers (cluster size), at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">controllers is below 1.</exception>
    public static int IndividualLimit(int limit, int controllers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(controllers, 1);
        if (limit == 0)
        {
            return 0;
        }

        int dilated = controllers > 1 ? (int)Math.Ceiling(limit * 1.2) : limit;
        return Math.Max(1, dilated / controllers);
    }

    /// <summary>Checks a call of <paramref name="ns"/> at <paramref name="now"/>; true admits it and counts it as active.</summary>
    public bool TryAdmit(string ns, SimTime now)
    {
        // Entries are reached by reference, one lookup each: a namespace's name (an owner hash of 64 characters in
        // a trace) is hashed on every lookup, and every call is admitted here and completed below.
        long minute = now.Ticks / MinuteTicks;
        ref var rate = ref CollectionsMarshal.GetValueRefOrAddDefault(_rate, ns, out bool seen);
        int count = seen && rate.Minute == minute ? rate.Count + 1 : 1;
        rate = (minute, count);
        if (count > _perMinute)
        {
            return false; // TimedRateLimit: the count already includes this call
        }

        ref int active = ref CollectionsMarshal.GetValueRefOrNullRef(_active, ns);
        bool known = !Unsafe.IsNullRef(ref active);
        if ((known ? active : 0) >= _concurrent)
        {
            return false; // ConcurrentRateLimit: must have slack for this call
        }

        if (known)
        {
            active++;
        }
        else
        {
            _active[ns] = 1;
        }

        return true;
    }

    /// <summary>Admitted calls of every namespace whose completion ack has not arrived.</summary>
    public int Active => _active.Values.Sum();

    /// <summary>The completion ack of an admitted call of <paramref name="ns"/> arrived.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="ns"/> never had a call admitted (a simulator bug).</exception>
    public void Completed(string ns)
    {
        ref int active = ref CollectionsMarshal.GetValueRefOrNullRef(_active, ns);
        if (Unsafe.IsNullRef(ref active))
        {
            throw new KeyNotFoundException($"internal error: a completion of namespace {ns}, which had no call admitted");
        }

        active--;
    }
}
