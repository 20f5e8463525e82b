using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// A 4-ary min-heap of events ordered by (time, insertion sequence): equal times come out
/// first-in first-out, which .NET's PriorityQueue alone does not promise. Entries are structs in
/// one array, so pushes and pops allocate nothing once the array has grown. Kept beside
/// <see cref="RadixEventQueue"/> as the comparison-heap baseline (<see cref="EventQueueKind.Heap"/>).
/// </summary>
internal sealed class HeapEventQueue : IEventQueue
{
    private EventEntry[] _heap;
    private int _count;

    public HeapEventQueue(int capacity = 1024) => _heap = new EventEntry[Math.Max(4, capacity)];

    public int Count => _count;

    public void Push(long ticks, long sequence, object target)
    {
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
        if (_count == 0 || _heap[0].Ticks > limitTicks)
        {
            entry = default;
            return false;
        }

        entry = Pop();
        return true;
    }

    private EventEntry Pop()
    {
        var heap = _heap;
        EventEntry top = heap[0];
        int last = --_count;
        if (last > 0)
        {
            EventEntry moving = heap[last];
            heap[last] = default;
            SiftDown(heap, moving, last);
        }
        else
        {
            heap[0] = default;
        }

        return top;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in EventEntry a, in EventEntry b) =>
        a.Ticks < b.Ticks || (a.Ticks == b.Ticks && a.Sequence < b.Sequence);

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
