using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Classic;

namespace Burstsim.Samples.BoundedLoad;

/// <summary>
/// Consistent hashing with bounded loads (Mirrokni, Thorup and Zadimoghaddam, SODA 2018). An action hashes to a point
/// on the ring of invokers; walking clockwise, the first invoker whose load is below the bound
/// ceil(c x (total load + this activation) / invokers) takes it. An action therefore stays on the same invokers (warm
/// containers) while they are not overloaded, and no invoker ever holds more than c times the average.
/// Only usable invokers whose pool can hold the container count (OpenWhisk's sharding balancer takes the same care);
/// when none is below the bound (possible only when loads are measured in memory), the least loaded of them is forced.
/// One instance per controller, called from the simulation's one thread.
/// </summary>
public sealed class BoundedLoadBalancer : IInvokerBalancer
{
    private readonly HashRing _ring;
    private readonly IReadOnlyList<InvokerInfo> _invokers;
    private readonly double _c;
    private readonly LoadMeasure _measure;
    private readonly long[] _load;
    private readonly bool[] _unusable;

    /// <param name="invokers">The invokers (from <see cref="PolicyContext.Invokers"/>).</param>
    /// <param name="c">The bound's factor, greater than 1: no invoker takes more than ceil(c x average).</param>
    /// <param name="virtualNodes">Points per invoker on the ring.</param>
    /// <param name="measure">What a load counts.</param>
    /// <exception cref="ArgumentOutOfRangeException">c is not above 1, or there are no invokers.</exception>
    public BoundedLoadBalancer(IReadOnlyList<InvokerInfo> invokers, double c, int virtualNodes, LoadMeasure measure = LoadMeasure.Activations)
    {
        ArgumentNullException.ThrowIfNull(invokers);
        if (!(c > 1) || double.IsInfinity(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "the bound's factor c must be a finite number greater than 1");
        }

        _invokers = invokers;
        _ring = new HashRing([.. invokers.Select(i => i.Name)], virtualNodes);
        _c = c;
        _measure = measure;
        _load = new long[invokers.Count];
        _unusable = new bool[invokers.Count];
    }

    /// <summary>Each invoker's load now (activations or MB, as <see cref="LoadMeasure"/> says).</summary>
    public IReadOnlyList<long> Load => _load;

    /// <inheritdoc/>
    public int Place(ActivationInfo activation)
    {
        long weight = Weight(activation.MemoryMb);
        long total = weight;
        int eligible = 0;
        for (int i = 0; i < _load.Length; i++)
        {
            if (Eligible(i, activation.MemoryMb))
            {
                total += _load[i];
                eligible++;
            }
        }

        if (eligible > 0)
        {
            long bound = Bound(total, eligible);
            foreach (int i in _ring.Clockwise(RingHash.Of(activation.Action)))
            {
                if (Eligible(i, activation.MemoryMb) && _load[i] + weight <= bound)
                {
                    _load[i] += weight;
                    return i;
                }
            }
        }

        int forced = Forced(activation.MemoryMb);
        _load[forced] += weight;
        return forced;
    }

    /// <inheritdoc/>
    public void Release(int invoker, ActivationInfo activation) => _load[invoker] -= Weight(activation.MemoryMb);

    /// <inheritdoc/>
    public void SetUsable(int invoker, bool usable) => _unusable[invoker] = !usable;

    /// <summary>The most an invoker may hold after this placement: ceil(c x total / invokers), total including the new activation.</summary>
    public long Bound(long total, int invokers) => (long)Math.Ceiling(_c * total / invokers);

    private long Weight(int memoryMb) => _measure == LoadMeasure.Memory ? memoryMb : 1;

    private bool Eligible(int invoker, int memoryMb) => !_unusable[invoker] && _invokers[invoker].PoolRoomMb >= memoryMb;

    /// <summary>
    /// Nobody below the bound: the least loaded usable invoker that can hold the container, else the least loaded one
    /// that can hold it at all (every invoker Offline: it runs when that one is back), else invoker 0 (the run's
    /// validation refuses a container no invoker can hold). Lowest index on ties: no randomness needed.
    /// </summary>
    private int Forced(int memoryMb)
    {
        int best = -1;
        for (int pass = 0; pass < 2 && best < 0; pass++)
        {
            for (int i = 0; i < _load.Length; i++)
            {
                bool candidate = pass == 0 ? Eligible(i, memoryMb) : _invokers[i].PoolRoomMb >= memoryMb;
                if (candidate && (best < 0 || _load[i] < _load[best]))
                {
                    best = i;
                }
            }
        }

        return Math.Max(best, 0);
    }
}
