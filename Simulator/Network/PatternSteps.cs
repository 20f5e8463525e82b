using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Network;

/// <summary>
/// A pattern as steps of messages among N workers (worker 0 is the root). Allreduce reduces inside each
/// container to its first worker (the leader), gathers the leaders' partial results at the root, then
/// broadcasts the result; where workers share no middleware (object storage) every worker is its own leader.
/// </summary>
internal static class PatternSteps
{
    /// <summary>The steps of <paramref name="pattern"/> among <c>leaders.Count</c> workers; none for fewer than two.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="bytes">Bytes each worker contributes.</param>
    /// <param name="leaders">For each worker, the worker that reduces for its container (itself when alone).</param>
    public static IReadOnlyList<IReadOnlyList<Message>> For(CommPattern pattern, double bytes, IReadOnlyList<int> leaders)
    {
        ArgumentNullException.ThrowIfNull(leaders);
        int n = leaders.Count;
        if (n < 2)
        {
            return [];
        }

        var all = Enumerable.Range(0, n);
        return pattern switch
        {
            CommPattern.Send => [[.. all.Select(i => new Message(i, [(i + 1) % n], bytes))]],
            CommPattern.Broadcast => [[new Message(0, [.. all.Skip(1)], bytes)]],
            CommPattern.Gather => [[.. all.Skip(1).Select(i => new Message(i, [0], bytes))]],
            CommPattern.AllToAll => [[.. all.SelectMany(i => all.Where(j => j != i).Select(j => new Message(i, [j], bytes / n)))]],
            CommPattern.AllReduce =>
            [
                [.. all.Where(i => leaders[i] != i).Select(i => new Message(i, [leaders[i]], bytes))],
                [.. all.Where(i => leaders[i] == i && i != 0).Select(i => new Message(i, [0], bytes))],
                [new Message(0, [.. all.Skip(1)], bytes)],
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "unknown pattern"),
        };
    }
}
