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
/// <para>
/// Few pending events: a small <see cref="HeapEventQueue"/> holds them instead. With a few thousand
/// entries or fewer everything sits in the first-level cache, and there the buckets' bookkeeping
/// (chunks taken and given back, entries moved several times) costs more than the heap's comparisons;
/// above that, the heap's cache misses dominate and the buckets win. The switch has hysteresis (up
/// above <c>smallMax</c>, down below <c>smallMin</c>) so a count hovering at one threshold does not
/// convert back and forth. Moving up drains the heap in (ticks, sequence) order into the buckets, which
/// keeps the FIFO invariant above; moving down pushes the buckets' entries into the heap, which orders
/// them itself. Either way the order of events is the same as on one structure alone.
/// </para>
/// </summary>
internal sealed class RadixEventQueue : IEventQueue
{
    /// <summary>Entries per chunk: 24 B each, 12 KB a chunk, under the large-object threshold.</summary>
    private const int ChunkSize = 512;
    private const int Buckets = 65;

    /// <summary>
    /// Pending entries above which the buckets take over: the engine's hold benchmark has the heap
    /// ahead at 1 000 pending and the buckets ahead at 10 000 (docs/bench.md); 2048 entries also keep
    /// the heap's array at 48 KB, off the large object heap.
    /// </summary>
    internal const int DefaultSmallMax = 2048;

    /// <summary>Pending entries below which the small heap takes over again (a quarter of the way up, for hysteresis).</summary>
    internal const int DefaultSmallMin = 512;

    private readonly Bucket[] _buckets = new Bucket[Buckets];
    private readonly HeapEventQueue _small = new(64);
    private readonly int _smallMax;
    private readonly int _smallMin;
    private bool _inBuckets;
    private Chunk? _free;
    private ulong _occupied; // bit k set when bucket k (k >= 1) holds entries
    private long _last;

    /// <summary>A queue with the measured thresholds.</summary>
    public RadixEventQueue()
        : this(DefaultSmallMax, DefaultSmallMin)
    {
    }

    /// <summary>A queue with chosen thresholds (tests use tiny ones to switch often).</summary>
    /// <param name="smallMax">Pending entries above which the buckets take over.</param>
    /// <param name="smallMin">Pending entries below which the small heap takes over; below <paramref name="smallMax"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The thresholds are negative or not in order.</exception>
    internal RadixEventQueue(int smallMax, int smallMin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(smallMin);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(smallMax, smallMin);
        _smallMax = smallMax;
        _smallMin = smallMin;
        for (int k = 0; k < Buckets; k++)
        {
            _buckets[k].Min = long.MaxValue;
        }
    }

    public int Count { get; private set; }

    /// <summary>True while the radix buckets hold the entries (false: the small heap does).</summary>
    internal bool InBuckets => _inBuckets;

    public void Push(long ticks, long sequence, object target)
    {
        if (ticks < _last)
        {
            throw new ArgumentOutOfRangeException(nameof(ticks), ticks, $"A monotone queue cannot take a key before the last one taken out ({_last}).");
        }

        Count++;
        if (!_inBuckets)
        {
            if (Count <= _smallMax)
            {
                _small.Push(ticks, sequence, target);
                return;
            }

            ToBuckets(); // the heap never holds more than smallMax entries
        }

        Append(BucketOf(ticks), new EventEntry(ticks, sequence, target));
    }

    public bool TryPop(long limitTicks, out EventEntry entry)
    {
        if (!_inBuckets)
        {
            if (!_small.TryPop(limitTicks, out entry))
            {
                return false;
            }

            _last = entry.Ticks;
            Count--;
            return true;
        }

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
        if (--Count < _smallMin)
        {
            ToSmall();
        }

        return true;
    }

    /// <summary>With nothing pending, lets the next keys start from <paramref name="ticks"/> (the kernel's clock), even before the last key taken out.</summary>
    /// <exception cref="InvalidOperationException">Entries are pending.</exception>
    public void Rewind(long ticks)
    {
        if (Count > 0)
        {
            throw new InvalidOperationException($"The queue's floor can only move back with nothing pending ({Count} entries are).");
        }

        _last = Math.Min(_last, ticks);
    }

    /// <summary>The small heap's entries, in order, into the buckets (appending in order keeps equal ticks FIFO).</summary>
    private void ToBuckets()
    {
        _inBuckets = true;
        _small.Drain(e => Append(BucketOf(e.Ticks), e));
    }

    /// <summary>The buckets' entries into the small heap; the chunks go to the collector, so memory follows the pending count.</summary>
    private void ToSmall()
    {
        _inBuckets = false;
        for (int k = 0; k < Buckets; k++)
        {
            ref Bucket bucket = ref _buckets[k];
            var chunk = bucket.Head;
            int start = bucket.HeadIndex;
            while (chunk is not null)
            {
                int fill = chunk == bucket.Tail ? bucket.TailFill : ChunkSize;
                for (int i = start; i < fill; i++)
                {
                    ref readonly EventEntry e = ref chunk.Items[i];
                    _small.Push(e.Ticks, e.Sequence, e.Target);
                }

                start = 0;
                chunk = chunk.Next;
            }

            bucket = default;
            bucket.Min = long.MaxValue;
        }

        _occupied = 0;
        _free = null;
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
