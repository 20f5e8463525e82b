namespace Burstsim.Simulator.Platform;

/// <summary>
/// The workers of a job that ended since its monitor's last poll, in the order they ended. Kept in chunks of
/// 4 096 (under the large-object threshold) rather than one growing array: when the ten million workers of a
/// burst end within a few polls, a doubling list would reach 16.7 M slots and leave its 8 M, 4 M, ...
/// predecessors on the large-object heap until a full collection. The first chunk starts small and doubles up to
/// the chunk size: a trace replay makes one job per call, and a full 32 KB chunk for each of a day's 20.6 M jobs was
/// most of what the run allocated (39 KB per call, measured with the 15-minute trace bench).
/// </summary>
internal sealed class EndedCalls
{
    private const int ChunkSize = 4096;
    private const int FirstChunkSize = 4;
    private readonly List<Activation[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        int chunk = Count / ChunkSize;
        int index = Count % ChunkSize;
        if (chunk == _chunks.Count)
        {
            // Every chunk before the last is full, so only the first can be short: it is the last one then.
            _chunks.Add(new Activation[chunk == 0 ? FirstChunkSize : ChunkSize]);
        }
        else if (index == _chunks[chunk].Length)
        {
            var grown = _chunks[chunk];
            Array.Resize(ref grown, Math.Min(ChunkSize, grown.Length * 2));
            _chunks[chunk] = grown;
        }

        _chunks[chunk][index] = activation;
        Count++;
    }

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

    /// <summary>Forgets every worker (the chunks go too: the next poll may find few).</summary>
    public void Clear()
    {
        _chunks.Clear();
        Count = 0;
    }
}
