using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// A 4-ary min-heap of events ordered by (time, insertion sequence): equal times come out
/// first-in first-out, which .NET's PriorityQueue alone does not promise. Entries are structs in
/// one array, so pushes and pops allocate nothing once the array has grown.
/// </summary>
internal sealed class EventQueue
{
    private Entry[] _heap;
    private int _count;

    public EventQueue(int capacity = 1024) => _heap = new Entry[Math.Max(4, capacity)];

    public int Count => _count;

    public void Push(long ticks, long sequence, Action action)
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
            ref Entry p = ref heap[parent];
            if (p.Ticks < ticks || (p.Ticks == ticks && p.Sequence < sequence))
            {
                break;
            }

            heap[hole] = p;
            hole = parent;
        }

        heap[hole] = new Entry(ticks, sequence, action);
    }

    /// <summary>Removes and returns the earliest entry; the caller checks <see cref="Count"/> first.</summary>
    public Entry Pop()
    {
        var heap = _heap;
        Entry top = heap[0];
        int last = --_count;
        if (last > 0)
        {
            Entry moving = heap[last];
            heap[last] = default;
            SiftDown(heap, moving, last);
        }
        else
        {
            heap[0] = default;
        }

        return top;
    }

    public ref readonly Entry Peek() => ref _heap[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in Entry a, in Entry b) =>
        a.Ticks < b.Ticks || (a.Ticks == b.Ticks && a.Sequence < b.Sequence);

    private static void SiftDown(Entry[] heap, Entry moving, int count)
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

    internal readonly record struct Entry(long Ticks, long Sequence, Action Action);
}
