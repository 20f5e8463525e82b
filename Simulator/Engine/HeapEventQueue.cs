using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// A 4-ary min-heap of events ordered by (time, insertion sequence): equal times come out
/// first-in first-out, which .NET's PriorityQueue alone does not promise. Entries are structs in
/// one array, so pushes and pops allocate nothing once the array has grown. Kept beside
/// <see cref="RadixEventQueue"/> as the comparison-heap baseline (<see cref="EventQueueKind.Heap"/>),
/// and used by it while few events are pending.
/// <para>
/// A pop leaves its entry at the root until the next push or pop: most events schedule a successor,
/// and that push then replaces the root and sifts down once, instead of a sift-down to remove the
/// root plus a sift-up to add the successor (the "hold" operation of event-list studies).
/// </para>
/// </summary>
internal sealed class HeapEventQueue : IEventQueue
{
    private EventEntry[] _heap;
    private int _count; // entries in the array, the taken root included
    private bool _rootTaken; // the root was popped and awaits its replacement or removal

    /// <summary>An empty heap.</summary>
    /// <param name="capacity">Entries held before the array first grows (at least 4).</param>
    public HeapEventQueue(int capacity = 1024) => _heap = new EventEntry[Math.Max(4, capacity)];

    public int Count => _rootTaken ? _count - 1 : _count;

    public void Push(long ticks, long sequence, object target)
    {
        if (_rootTaken)
        {
            // The popped root is still in place: the newcomer takes its slot.
            _rootTaken = false;
            SiftDown(_heap, new EventEntry(ticks, sequence, target), _count);
            return;
        }

        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var heap = _heap;
        int hole = _count++;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 2;
            ref EventEntry p = ref heap[parent];
            if (p.Ticks < ticks || (p.Ticks == ticks && p.Sequence < sequence))
            {
                break;
            }

            heap[hole] = p;
            hole = parent;
        }

        heap[hole] = new EventEntry(ticks, sequence, target);
    }

    public bool TryPop(long limitTicks, out EventEntry entry)
    {
        if (_rootTaken)
        {
            RemoveRoot();
        }

        if (_count == 0 || _heap[0].Ticks > limitTicks)
        {
            entry = default;
            return false;
        }

        entry = _heap[0];
        _rootTaken = true;
        return true;
    }

    /// <summary>Moves every entry out, in (ticks, sequence) order, and leaves the heap empty.</summary>
    /// <param name="sink">Receives each entry in turn.</param>
    public void Drain(Action<EventEntry> sink)
    {
        while (TryPop(long.MaxValue, out var entry))
        {
            sink(entry);
        }

        if (_rootTaken)
        {
            RemoveRoot();
        }
    }

    private void RemoveRoot()
    {
        _rootTaken = false;
        var heap = _heap;
        int last = --_count;
        if (last > 0)
        {
            EventEntry moving = heap[last];
            heap[last] = default;
            SiftDown(heap, moving, last);
        }
        else
        {
            heap[0] = default; // drop the target so the collector can take its closure
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in EventEntry a, in EventEntry b) =>
        a.Ticks < b.Ticks || (a.Ticks == b.Ticks && a.Sequence < b.Sequence);

    /// <summary>Places <paramref name="moving"/> in the hole at the root of a heap of <paramref name="count"/> slots.</summary>
    private static void SiftDown(EventEntry[] heap, EventEntry moving, int count)
    {
        int hole = 0;
        while (true)
        {
            int first = (hole << 2) + 1;
            if (first >= count)
            {
                break;
            }

            int best = first;
            int end = Math.Min(first + 4, count);
            for (int c = first + 1; c < end; c++)
            {
                if (Before(heap[c], heap[best]))
                {
                    best = c;
                }
            }

            if (!Before(heap[best], moving))
            {
                break;
            }

            heap[hole] = heap[best];
            hole = best;
        }

        heap[hole] = moving;
    }
}
