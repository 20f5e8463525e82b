using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Engine;

public sealed class RadixBucketsMemoryTests
{
    [Fact]
    public void Free_chunks_follow_the_pending_count_down_after_a_peak()
    {
        var buckets = new RadixBuckets(0);
        var target = new object();
        const int Peak = 200_000;
        for (int i = 0; i < Peak; i++)
        {
            buckets.Push(new EventEntry(i * 7L, i, target));
        }

        // Drain to a few thousand entries: the chunks the others used must not all stay on the free list.
        long previous = -1;
        while (buckets.Count > 5_000)
        {
            Assert.True(buckets.TryPop(long.MaxValue, out var entry));
            Assert.True(entry.Ticks >= previous);
            previous = entry.Ticks;
        }

        int inUse = (buckets.Count / RadixBuckets.ChunkSize) + 2; // a partly used chunk at each end of a slot
        Assert.InRange(buckets.FreeChunks, 0, RadixBuckets.FreeReserve + inUse);

        // What is left still comes out in order and complete.
        int left = buckets.Count;
        for (int i = 0; i < left; i++)
        {
            Assert.True(buckets.TryPop(long.MaxValue, out var entry));
            Assert.True(entry.Ticks >= previous);
            previous = entry.Ticks;
        }

        Assert.Equal((Peak - 1) * 7L, previous);
        Assert.False(buckets.TryPop(long.MaxValue, out _));
    }
}
