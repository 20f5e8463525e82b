using System.Numerics;
using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// A monotone radix heap (Ahuja, Mehlhorn, Orlin and Tarjan 1990) on integer ticks. Bucket k holds
/// the entries whose ticks first differ from the last key taken out in bit k-1 (bucket 0: equal to
/// it), so a push is one XOR and one leading-zero count, with no comparisons. A pop takes bucket 0's
/// head; when bucket 0 is empty, the lowest non-empty bucket's minimum becomes the last key and its
/// entries move to lower buckets. An entry moves at most 64 times in its life, in practice a few.
/// <para>
/// FIFO among equal ticks without comparing sequences: entries of equal ticks always share a
/// bucket, pushes append (and sequences only grow), and a move walks a bucket in order into buckets
/// that are empty, so every bucket stays in sequence order among equal ticks.
/// </para>
/// <para>
/// Buckets are chains of fixed-size chunks from one free list, so memory follows the pending count
/// (no bucket keeps the high-water array of its busiest moment) and nothing lands on the large object heap.
/// </para>
/// </summary>
internal sealed class RadixEventQueue : IEventQueue
{
    /// <summary>Entries per chunk: 24 B each, 12 KB a chunk, under the large-object threshold.</summary>
    private const int ChunkSize = 512;
    private const int Buckets = 65;

    private readonly Bucket[] _buckets = new Bucket[Buckets];
    private Chunk? _free;
    private ulong _occupied; // bit k set when bucket k (k >= 1) holds entries
    private long _last;

    public RadixEventQueue()
    {
        for (int k = 0; k < Buckets; k++)
        {
            _buckets[k].Min = long.MaxValue;
        }
    }

    public int Count { get; private set; }

    public void Push(long ticks, long sequence, object target)
    {
        if (ticks < _last)
        {
            throw new ArgumentOutOfRangeException(nameof(ticks), ticks, $"A monotone queue cannot take a key before the last one taken out ({_last}).");
        }

        Append(BucketOf(ticks), new EventEntry(ticks, sequence, target));
        Count++;
    }

    public bool TryPop(long limitTicks, out EventEntry entry)
    {
        ref Bucket zero = ref _buckets[0];
        if (zero.Count == 0)
        {
            if (_occupied == 0)
            {
                entry = default;
                return false;
            }

            int bit = BitOperations.TrailingZeroCount(_occupied);
            if (_buckets[bit + 1].Min > limitTicks)
            {
                entry = default;
                return false;
            }

            Redistribute(bit);
        }
        else if (_last > limitTicks)
        {
            entry = default;
            return false;
        }

        entry = TakeFirst(ref zero);
        Count--;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(long ticks) => 64 - BitOperations.LeadingZeroCount((ulong)(ticks ^ _last));

    private void Append(int k, in EventEntry entry)
    {
        ref Bucket bucket = ref _buckets[k];
        var tail = bucket.Tail;
        if (tail is null || bucket.TailFill == ChunkSize)
        {
            var chunk = Rent();
            if (tail is null)
            {
                bucket.Head = chunk;
            }
            else
            {
                tail.Next = chunk;
            }

            bucket.Tail = tail = chunk;
            bucket.TailFill = 0;
        }

        tail.Items[bucket.TailFill++] = entry;
        bucket.Count++;
        if (entry.Ticks < bucket.Min)
        {
            bucket.Min = entry.Ticks;
        }

        if (k > 0)
        {
            _occupied |= 1UL << (k - 1);
        }
    }

    /// <summary>The lowest non-empty bucket's minimum becomes the last key; its entries, in order, move down (at least one to bucket 0).</summary>
    private void Redistribute(int bit)
    {
        int k = bit + 1;
        ref Bucket bucket = ref _buckets[k];
        var chunk = bucket.Head;
        var tail = bucket.Tail;
        int tailFill = bucket.TailFill;
        _last = bucket.Min;
        bucket = default;
        bucket.Min = long.MaxValue;
        _occupied &= ~(1UL << bit);
        while (chunk is not null)
        {
            int fill = chunk == tail ? tailFill : ChunkSize;
            var items = chunk.Items;
            for (int i = 0; i < fill; i++)
            {
                ref readonly EventEntry e = ref items[i];
                Append(BucketOf(e.Ticks), e);
            }

            var next = chunk.Next;
            Return(chunk, fill);
            chunk = next;
        }
    }

    private EventEntry TakeFirst(ref Bucket zero)
    {
        var head = zero.Head!;
        var entry = head.Items[zero.HeadIndex++];
        zero.Count--;
        if (zero.Count == 0)
        {
            Return(head, head == zero.Tail ? zero.TailFill : ChunkSize);
            zero = default;
            zero.Min = long.MaxValue;
        }
        else if (zero.HeadIndex == ChunkSize)
        {
            zero.Head = head.Next;
            zero.HeadIndex = 0;
            Return(head, ChunkSize);
        }

        return entry;
    }

    private Chunk Rent()
    {
        var chunk = _free;
        if (chunk is null)
        {
            return new Chunk();
        }

        _free = chunk.Next;
        chunk.Next = null;
        return chunk;
    }

    private void Return(Chunk chunk, int used)
    {
        Array.Clear(chunk.Items, 0, used); // drop the targets so the collector can take their closures
        chunk.Next = _free;
        _free = chunk;
    }

    private struct Bucket
    {
        public Chunk? Head;
        public Chunk? Tail;
        public int HeadIndex;
        public int TailFill;
        public int Count;
        public long Min;
    }

    private sealed class Chunk
    {
        public readonly EventEntry[] Items = new EventEntry[ChunkSize];
        public Chunk? Next;
    }
}
