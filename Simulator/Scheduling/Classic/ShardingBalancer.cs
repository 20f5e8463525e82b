namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>
/// OpenWhisk's ShardingContainerPoolBalancer. Blackbox actions (Lithops runtimes are Docker images)
/// use the blackbox slice of the invokers. The action's hash picks a home invoker and a step among
/// the numbers coprime to the slice size; probing from home by that step, the first invoker whose
/// memory slots can take the action gets it. When none can, a random invoker of the slice is forced
/// to take it (one whose whole user memory can hold the container). Consequence: one action fills its home
/// invoker before spreading.
/// </summary>
internal sealed class ShardingBalancer : IInvokerBalancer
{
    private readonly MemorySlots _slots;
    private readonly int[] _slice;
    private readonly IReadOnlyList<int> _steps;
    private readonly Random _random;

    public ShardingBalancer(IReadOnlyList<int> userMemoryMb, int controllers, double managedFraction, double blackboxFraction, bool blackbox, Random random, IReadOnlyList<int>? poolRoomMb = null)
    {
        _slots = new MemorySlots(userMemoryMb, controllers, poolRoomMb);
        int n = userMemoryMb.Count;
        // OpenWhisk: managed = the first max(1, ceil(n x managedFraction)); blackbox = the last max(1, floor(n x blackboxFraction)).
        int managed = Math.Min(n, Math.Max(1, (int)Math.Ceiling(n * managedFraction)));
        int blackboxes = Math.Min(n, Math.Max(1, (int)Math.Floor(n * blackboxFraction)));
        _slice = blackbox ? Enumerable.Range(n - blackboxes, blackboxes).ToArray() : Enumerable.Range(0, managed).ToArray();
        _steps = PairwiseCoprimeNumbersUntil(_slice.Length);
        _random = random;
    }

    /// <summary>The balancer's name, as in <c>classic:NAME</c>.</summary>
    public string Name => "sharding";

    public IReadOnlyList<int> Slice => _slice;

    public IReadOnlyList<int> Steps => _steps;

    public MemorySlots Slots => _slots;

    /// <inheritdoc/>
    public int Place(ActivationInfo activation)
    {
        int memoryMb = activation.MemoryMb;
        int m = _slice.Length;
        int hash = Hash(activation.Namespace, activation.Action);
        int home = hash % m;
        int step = _steps[hash % _steps.Count];
        for (int probe = 0, index = home; probe < m; probe++, index = (index + step) % m)
        {
            // An invoker whose pool can never hold the container (user memory less its stem cells) is skipped: OpenWhisk
            // would place it there by the slots and it would wait in that invoker's buffer forever.
            if (_slots.Holds(_slice[index], memoryMb) && _slots.TryAcquire(_slice[index], memoryMb))
            {
                return _slice[index];
            }
        }

        // OpenWhisk picks any healthy invoker of the slice; one whose whole memory cannot hold the container
        // would keep it in its run buffer forever, so only those that can are candidates (all of them, usually,
        // and then the draw is the same).
        int[] candidates = [.. _slice.Where(i => _slots.Holds(i, memoryMb))];
        if (candidates.Length == 0)
        {
            candidates = [.. Enumerable.Range(0, _slots.Count).Where(i => _slots.Holds(i, memoryMb))];
        }

        int forced = candidates.Length == 0 ? _slice[_random.Next(m)] : candidates[_random.Next(candidates.Length)];
        _slots.ForceAcquire(forced, memoryMb);
        return forced;
    }

    /// <inheritdoc/>
    public void Release(int invoker, ActivationInfo activation) => _slots.Release(invoker, activation.MemoryMb);

    /// <inheritdoc/>
    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);

    /// <summary>OpenWhisk: |hash(namespace) xor hash(fully qualified action)| with Java's String.hashCode.</summary>
    public static int Hash(string ns, string fullyQualifiedAction)
    {
        int h = JavaHash(ns) ^ JavaHash(fullyQualifiedAction);
        return h == int.MinValue ? 0 : Math.Abs(h);
    }

    /// <summary>
    /// The numbers 1..x coprime to x and to each other, ascending (OpenWhisk's step sizes). OpenWhisk
    /// filters 1..x with gcd tests against every number kept so far, which is quadratic in the slice size
    /// (seconds at 10^5 invokers). The kept numbers are exactly 1 and the primes up to x that do not
    /// divide x: a composite's smallest prime factor is kept before it, so a composite is never kept.
    /// A sieve finds them in O(x log log x).
    /// </summary>
    public static IReadOnlyList<int> PairwiseCoprimeNumbersUntil(int x)
    {
        var result = new List<int> { 1 };
        if (x < 2)
        {
            return result;
        }

        var composite = new bool[x + 1];
        for (int p = 2; p <= x; p++)
        {
            if (composite[p])
            {
                continue;
            }

            if (x % p != 0)
            {
                result.Add(p);
            }

            for (long multiple = (long)p * p; multiple <= x; multiple += p)
            {
                composite[multiple] = true;
            }
        }

        return result;
    }

    internal static int JavaHash(string s)
    {
        int h = 0;
        foreach (char c in s)
        {
            h = unchecked((31 * h) + c);
        }

        return h;
    }

}
