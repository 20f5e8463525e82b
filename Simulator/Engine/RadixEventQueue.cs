using System.Runtime.CompilerServices;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// The default event queue: a monotone radix heap on integer ticks (<see cref="RadixBuckets"/>) while
/// many events are pending, a small <see cref="HeapEventQueue"/> while few are. With a couple of
/// thousand entries or fewer everything sits in the first-level cache, and there the buckets'
/// bookkeeping (chunks taken and given back, entries moved down the levels) costs more than the heap's
/// comparisons; above that, the heap's cache misses dominate and the buckets win. The switch has
/// hysteresis (up above <c>smallMax</c>, down below <c>smallMin</c>) so a count hovering at one threshold
/// does not convert back and forth. Moving up drains the heap in (ticks, sequence) order into the
/// buckets, which keeps their FIFO invariant; moving down pushes the buckets' entries into the heap,
/// which orders them itself. Either way events come out in the same order as from one structure alone.
/// </summary>
internal sealed class RadixEventQueue : IEventQueue
{
    /// <summary>
    /// Pending entries above which the buckets take over: the engine's hold benchmark has the heap
    /// ahead at 1 000 pending and the buckets ahead at 10 000 (docs/bench.md); 2048 entries also keep
    /// the heap's array at 48 KB, off the large object heap.
    /// </summary>
    internal const int DefaultSmallMax = 2048;

    /// <summary>Pending entries below which the small heap takes over again (a quarter of the way up, for hysteresis).</summary>
    internal const int DefaultSmallMin = 512;

    private readonly HeapEventQueue _small = new(64);
    private readonly int _smallMax;
    private readonly int _smallMin;
    private RadixBuckets? _buckets; // set while the buckets hold the entries
    private long _last; // the last key taken out while the small heap holds the entries

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
    }

    public int Count { get; private set; }

    /// <summary>True while the radix buckets hold the entries (false: the small heap does).</summary>
    internal bool InBuckets => _buckets is not null;

    public void Push(long ticks, long sequence, object target)
    {
        // The small heap's path stays this short so that it inlines into the kernel: the radix queue
        // then costs no more than the heap alone while few events are pending.
        if (_buckets is null && Count < _smallMax && ticks >= _last)
        {
            Count++;
            _small.Push(ticks, sequence, target);
            return;
        }

        PushToBuckets(ticks, sequence, target);
    }

    public bool TryPop(long limitTicks, out EventEntry entry)
    {
        if (_buckets is null)
        {
            if (!_small.TryPop(limitTicks, out entry))
            {
                return false;
            }

            _last = entry.Ticks;
            Count--;
            return true;
        }

        return TryPopFromBuckets(limitTicks, out entry);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushToBuckets(long ticks, long sequence, object target)
    {
        var buckets = _buckets;
        long last = buckets is null ? _last : buckets.Last;
        if (ticks < last)
        {
            throw new ArgumentOutOfRangeException(nameof(ticks), ticks, $"A monotone queue cannot take a key before the last one taken out ({last}).");
        }

        Count++;
        buckets ??= ToBuckets(); // the heap never holds more than smallMax entries
        buckets.Push(new EventEntry(ticks, sequence, target));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryPopFromBuckets(long limitTicks, out EventEntry entry)
    {
        var buckets = _buckets!;
        if (!buckets.TryPop(limitTicks, out entry))
        {
            return false;
        }

        if (--Count < _smallMin)
        {
            _last = buckets.Last;
            buckets.Drain(_small);
            _buckets = null;
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
        if (_buckets is not null)
        {
            _buckets.Last = Math.Min(_buckets.Last, ticks);
        }
    }

    /// <summary>The small heap's entries, in order, into new buckets (appending in order keeps equal ticks FIFO).</summary>
    private RadixBuckets ToBuckets()
    {
        var buckets = new RadixBuckets(_last);
        _small.Drain(e => buckets.Push(e));
        _buckets = buckets;
        return buckets;
    }
}
