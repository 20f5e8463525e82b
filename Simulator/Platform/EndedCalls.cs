namespace Burstsim.Simulator.Platform;

/// <summary>
/// The workers of a job that ended since its monitor's last poll, in the order they ended. Kept in chunks of
/// 4 096 (under the large-object threshold) rather than one growing array: when the ten million workers of a
/// burst end within a few polls, a doubling list would reach 16.7 M slots and leave its 8 M, 4 M, ...
/// predecessors on the large-object heap until a full collection.
/// </summary>
internal sealed class EndedCalls
{
    private const int ChunkSize = 4096;
    private readonly List<Activation[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        int chunk = Count / ChunkSize;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new Activation[ChunkSize]);
        }

        _chunks[chunk][Count % ChunkSize] = activation;
        Count++;
    }

    /// <summary>Forgets every worker (the chunks go too: the next poll may find few).</summary>
    /// <summary>
    /// Every call in the order it ended, letting go of each chunk once read, and empty afterwards: while the
    /// client reports ten million calls, the ones reported can be collected instead of living until the last.
    /// </summary>
    public IEnumerable<Activation> Drain()
    {
        int count = Count;
        for (int c = 0; c * ChunkSize < count; c++)
        {
            var chunk = _chunks[c];
            _chunks[c] = [];
            int n = Math.Min(ChunkSize, count - (c * ChunkSize));
            for (int i = 0; i < n; i++)
            {
                yield return chunk[i];
            }
        }

        Clear();
    }

    public void Clear()
    {
        _chunks.Clear();
        Count = 0;
    }
}
