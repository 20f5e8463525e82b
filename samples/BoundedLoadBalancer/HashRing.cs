namespace Burstsim.Samples.BoundedLoad;

/// <summary>
/// Invokers on a hash ring, each at <c>virtualNodes</c> points (hash of "NAME#k"): more points per invoker even out
/// the arcs each one owns. <see cref="Clockwise"/> walks the invokers from a key's position, each invoker once.
/// </summary>
public sealed class HashRing
{
    private readonly ulong[] _points;
    private readonly int[] _owners;
    private readonly int _invokers;

    /// <param name="invokerNames">The invokers' names, by index (names, not indexes, are hashed: an invoker keeps its arcs when another is added).</param>
    /// <param name="virtualNodes">Points per invoker, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">No invoker, or fewer than 1 virtual node.</exception>
    public HashRing(IReadOnlyList<string> invokerNames, int virtualNodes)
    {
        ArgumentNullException.ThrowIfNull(invokerNames);
        ArgumentOutOfRangeException.ThrowIfZero(invokerNames.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(virtualNodes, 1);
        var points = new List<(ulong Point, int Owner)>(invokerNames.Count * virtualNodes);
        for (int i = 0; i < invokerNames.Count; i++)
        {
            for (int k = 0; k < virtualNodes; k++)
            {
                points.Add((RingHash.Of($"{invokerNames[i]}#{k}"), i));
            }
        }

        // Ties (two points at one position: astronomically rare) go to the lower index, so the order is total.
        points.Sort((a, b) => a.Point != b.Point ? a.Point.CompareTo(b.Point) : a.Owner.CompareTo(b.Owner));
        _points = [.. points.Select(p => p.Point)];
        _owners = [.. points.Select(p => p.Owner)];
        _invokers = invokerNames.Count;
    }

    /// <summary>Invokers on the ring.</summary>
    public int Invokers => _invokers;

    /// <summary>Every invoker once, in the order met walking clockwise from <paramref name="key"/>'s position (the first point at or after it, wrapping).</summary>
    public IEnumerable<int> Clockwise(ulong key)
    {
        int start = Array.BinarySearch(_points, key);
        start = start >= 0 ? start : ~start;
        var seen = new bool[_invokers];
        int found = 0;
        for (int step = 0; step < _points.Length && found < _invokers; step++)
        {
            int owner = _owners[(start + step) % _points.Length];
            if (!seen[owner])
            {
                seen[owner] = true;
                found++;
                yield return owner;
            }
        }
    }
}
