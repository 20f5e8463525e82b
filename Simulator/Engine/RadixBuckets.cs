using System.Numerics;
using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// The bucket part of <see cref="RadixEventQueue"/>: a monotone radix heap (Ahuja, Mehlhorn, Orlin and
/// Tarjan 1990) with 6-bit digits. An entry's level is the highest 6-bit digit in which its ticks differ
/// from <see cref="Last"/> (the last key taken out), its slot that digit's value; level 0 holds the keys
/// that differ from it in the lowest digit only, so each level-0 slot holds one exact instant. A push is
/// one XOR, one leading-zero count and two shifts, with no comparisons. A pop takes the head of the lowest
/// occupied level-0 slot; when level 0 is empty, the lowest occupied slot of the lowest level gives its
/// minimum as the new last key and its entries move to lower levels. An entry moves at most once per
/// level it descends, and with 64-way digits that is at most three times for keys spread over a second
/// of µs ticks (20 bits: 4 digits), where a binary radix heap moves an entry about ten times.
/// <para>
/// FIFO among equal ticks without comparing sequences: equal ticks always share a slot, pushes append
/// (and sequences only grow), and a move walks one slot in order into lower levels that are all empty
/// (the slot moved is the lowest occupied one), so every slot stays in sequence order among equal ticks.
/// </para>
/// <para>
/// Slots are chains of fixed-size chunks from one free list, so nothing lands on the large object heap. The free
/// list keeps at most as many chunks as are in use (and a small reserve), so memory follows the pending count:
/// after ten million pending events drain to a few hundred thousand, about 240 MB goes back to the collector.
/// </para>
/// </summary>
internal sealed class RadixBuckets
{
    /// <summary>Entries per chunk: 24 B each, 12 KB a chunk, under the large-object threshold.</summary>
    internal const int ChunkSize = 512;
    private const int DigitBits = 6; // measured: 6-bit digits beat 4-bit ones by about 10 % at 100 000 pending and 20 % at 10^6
    private const int SlotsPerLevel = 1 << DigitBits;
    private const int Levels = (64 + DigitBits - 1) / DigitBits;
    internal const int FreeReserve = 64; // chunks kept free whatever the count (768 KB): a redistribution's churn never allocates

    private readonly Bucket[] _buckets = new Bucket[Levels * SlotsPerLevel];
    private readonly ulong[] _slotMasks = new ulong[Levels]; // bit s of level l: slot (l, s) holds entries
    private int _levelMask; // bit l: level l holds entries
    private Chunk? _free;
    private int _freeCount;

    /// <summary>An empty structure whose keys will be at or after <paramref name="last"/>.</summary>
    public RadixBuckets(long last)
    {
        Last = last;
        for (int i = 0; i < _buckets.Length; i++)
        {
            _buckets[i].Min = long.MaxValue;
        }
    }

    /// <summary>Chunks on the free list (tests read it to see memory follow the pending count).</summary>
    internal int FreeChunks => _freeCount;

    /// <summary>Entries held.</summary>
    public int Count { get; private set; }

    /// <summary>The last key taken out: no entry is earlier. Moves back only while empty (see <see cref="RadixEventQueue.Rewind"/>).</summary>
    public long Last { get; set; }

    /// <summary>Adds an entry; its ticks must not be before <see cref="Last"/>.</summary>
    public void Push(in EventEntry entry)
    {
        Append(entry);
        Count++;
    }

    /// <summary>Removes the earliest entry if its time is at or before <paramref name="limitTicks"/>.</summary>
    public bool TryPop(long limitTicks, out EventEntry entry)
    {
        ulong mask0 = _slotMasks[0];
        if (mask0 == 0)
        {
            if (_levelMask == 0)
            {
                entry = default;
                return false;
            }

            int level = BitOperations.TrailingZeroCount(_levelMask);
            int index = (level << DigitBits) | BitOperations.TrailingZeroCount(_slotMasks[level]);
            if (_buckets[index].Min > limitTicks)
            {
                entry = default;
                return false;
            }

            Redistribute(level, index);
            mask0 = _slotMasks[0];
        }

        int slot = BitOperations.TrailingZeroCount(mask0);
        if (((Last & ~(SlotsPerLevel - 1L)) | (long)slot) > limitTicks)
        {
            entry = default;
            return false;
        }

        entry = TakeFirst(slot);
        Last = entry.Ticks;
        Count--;
        return true;
    }

    /// <summary>Hands every entry (in no particular order) to <paramref name="sink"/> and empties the structure.</summary>
    public void Drain(HeapEventQueue sink)
    {
        for (int i = 0; i < _buckets.Length; i++)
        {
            ref Bucket bucket = ref _buckets[i];
            var chunk = bucket.Head;
            int start = bucket.HeadIndex;
            while (chunk is not null)
            {
                int fill = chunk == bucket.Tail ? bucket.TailFill : ChunkSize;
                for (int k = start; k < fill; k++)
                {
                    ref readonly EventEntry e = ref chunk.Items[k];
                    sink.Push(e.Ticks, e.Sequence, e.Target);
                }

                start = 0;
                chunk = chunk.Next;
            }

            bucket = default;
            bucket.Min = long.MaxValue;
        }

        Array.Clear(_slotMasks);
        _levelMask = 0;
        _free = null; // the chunks go to the collector: memory follows the pending count
        _freeCount = 0;
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(in EventEntry entry)
    {
        // Level: the highest differing digit (0 when the keys differ in the lowest digit only, or not at all).
        int level = (63 - BitOperations.LeadingZeroCount((ulong)(entry.Ticks ^ Last) | 1UL)) / DigitBits;
        int slot = (int)((ulong)entry.Ticks >> (level * DigitBits)) & (SlotsPerLevel - 1);
        ref Bucket bucket = ref _buckets[(level << DigitBits) | slot];
        var tail = bucket.Tail;
        if (tail is null || bucket.TailFill == ChunkSize)
        {
            var chunk = Rent();
            if (tail is null)
            {
                bucket.Head = chunk;
                _slotMasks[level] |= 1UL << slot;
                _levelMask |= 1 << level;
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
    }

    /// <summary>Slot <paramref name="index"/>, the lowest occupied one, gives its minimum as the last key; its entries, in order, move to lower levels.</summary>
    private void Redistribute(int level, int index)
    {
        ref Bucket bucket = ref _buckets[index];
        var chunk = bucket.Head;
        var tail = bucket.Tail;
        int tailFill = bucket.TailFill;
        Last = bucket.Min;
        Vacate(level, index);
        while (chunk is not null)
        {
            int fill = chunk == tail ? tailFill : ChunkSize;
            var items = chunk.Items;
            for (int i = 0; i < fill; i++)
            {
                Append(items[i]);
            }

            var next = chunk.Next;
            Return(chunk, fill);
            chunk = next;
        }
    }

    private EventEntry TakeFirst(int slot)
    {
        ref Bucket bucket = ref _buckets[slot];
        var head = bucket.Head!;
        var entry = head.Items[bucket.HeadIndex++];
        if (--bucket.Count == 0)
        {
            Return(head, head == bucket.Tail ? bucket.TailFill : ChunkSize);
            Vacate(0, slot);
        }
        else if (bucket.HeadIndex == ChunkSize)
        {
            bucket.Head = head.Next;
            bucket.HeadIndex = 0;
            Return(head, ChunkSize);
        }

        return entry;
    }

    private void Vacate(int level, int index)
    {
        ref Bucket bucket = ref _buckets[index];
        bucket = default;
        bucket.Min = long.MaxValue;
        ulong mask = _slotMasks[level] &= ~(1UL << (index & (SlotsPerLevel - 1)));
        if (mask == 0)
        {
            _levelMask &= ~(1 << level);
        }
    }

    private Chunk Rent()
    {
        var chunk = _free;
        if (chunk is null)
        {
            return new Chunk();
        }

        _free = chunk.Next;
        _freeCount--;
        chunk.Next = null;
        return chunk;
    }

    private void Return(Chunk chunk, int used)
    {
        if (_freeCount > FreeReserve + Count / ChunkSize)
        {
            return; // beyond what the pending entries could refill: the collector takes it
        }

        Array.Clear(chunk.Items, 0, used); // drop the targets so the collector can take their closures
        chunk.Next = _free;
        _free = chunk;
        _freeCount++;
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
