namespace Burstsim.Simulator.Engine;

/// <summary>
/// The discrete-event kernel: a clock and one event queue. Events scheduled for the same instant
/// run in the order they were scheduled. Model components schedule plain <see cref="Action"/>s.
/// </summary>
public sealed class Simulation : IClock
{
    // Exactly one is set. Concrete fields, not the interface: the per-event calls are direct (and
    // the small ones inlined) instead of an interface dispatch on every push and pop.
    private readonly RadixEventQueue? _radix;
    private readonly HeapEventQueue? _heap;
    private readonly HashSet<long> _cancelled = [];
    private readonly Queue<EventEntry> _atNow = new(); // events scheduled for the current instant, in sequence order (see Enqueue)
    private long _nextSequence;
    private long _lastTicks = -1;
    private long _lastSequence = -1;
    private long _floorSequence; // every event with a smaller sequence has left the queue

    /// <summary>A kernel on the radix heap (the default queue).</summary>
    public Simulation()
        : this(EventQueueKind.Radix)
    {
    }

    /// <summary>A kernel on the radix heap (the default queue).</summary>
    /// <param name="initialCapacity">Entries the comparison heap holds before it grows (the radix heap grows in chunks and ignores it).</param>
    public Simulation(int initialCapacity)
        : this(EventQueueKind.Radix, initialCapacity)
    {
    }

    /// <summary>A kernel on the chosen event queue; every kind runs events in the same order.</summary>
    /// <param name="kind">The queue's data structure.</param>
    /// <param name="initialCapacity">Entries the comparison heap holds before it grows.</param>
    /// <exception cref="ArgumentOutOfRangeException">An unknown <paramref name="kind"/>.</exception>
    public Simulation(EventQueueKind kind, int initialCapacity = 1024)
    {
        switch (kind)
        {
            case EventQueueKind.Radix:
                _radix = new RadixEventQueue();
                break;
            case EventQueueKind.Heap:
                _heap = new HeapEventQueue(initialCapacity);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Known event queues: Radix, Heap.");
        }
    }

    /// <summary>A kernel on a given radix queue (tests choose its small-heap thresholds).</summary>
    internal Simulation(RadixEventQueue radix)
    {
        _radix = radix;
    }

    /// <summary>The current simulated instant.</summary>
    public SimTime Now { get; private set; }

    /// <summary>Events still to run (cancelled ones excluded).</summary>
    internal int Pending => QueueCount + _atNow.Count - _cancelled.Count;

    private int QueueCount => _radix is not null ? _radix.Count : _heap!.Count;

    /// <summary>Events run so far.</summary>
    public long Processed { get; private set; }

    /// <summary>Schedules <paramref name="action"/> to run after <paramref name="delay"/>; equal times run in scheduling order.</summary>
    public EventId Schedule(SimSpan delay, Action action) => ScheduleAt(Now + delay, action);

    /// <summary>Schedules <paramref name="target"/> to fire after <paramref name="delay"/>, without allocating.</summary>
    internal EventId Schedule(SimSpan delay, ISimEvent target) => ScheduleAt(Now + delay, target);

    /// <summary>Schedules <paramref name="target"/> to fire at <paramref name="at"/>, without allocating.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before now.</exception>
    internal EventId ScheduleAt(SimTime at, ISimEvent target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Enqueue(at, target);
    }

    /// <summary>Schedules <paramref name="action"/> to run at <paramref name="at"/>; equal times run in scheduling order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before now.</exception>
    public EventId ScheduleAt(SimTime at, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Enqueue(at, action);
    }

    /// <summary>
    /// Sets aside <paramref name="count"/> consecutive sequence numbers, as if that many events were scheduled now,
    /// for events scheduled later with <see cref="ScheduleReserved"/>: a streamed workload's arrivals then run in the
    /// same order among other same-instant events as they would had all been scheduled up front.
    /// </summary>
    /// <returns>The first reserved sequence number.</returns>
    internal long ReserveSequences(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // The hops waiting at now hold smaller numbers than the reserved ones: the queue orders them among the reserved
        // arrivals from here on, so every hop that waits at now is again younger than every reserved number.
        while (_atNow.TryDequeue(out var hop))
        {
            Push(hop);
        }

        long first = _nextSequence;
        _nextSequence += count;
        return first;
    }

    /// <summary>
    /// Schedules <paramref name="action"/> at <paramref name="at"/> with a sequence number set aside by
    /// <see cref="ReserveSequences"/>. The caller keeps the queue's order: (at, sequence) must come after the last
    /// event run, and each reserved number is used once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before now, the sequence was never reserved, or (at, sequence) is not after the last event run.</exception>
    internal EventId ScheduleReserved(SimTime at, long sequence, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        bool afterLast = at.Ticks > _lastTicks || (at.Ticks == _lastTicks && sequence > _lastSequence);
        if (sequence < 0 || sequence >= _nextSequence || !afterLast)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"Sequence {sequence} at {at} was not reserved or comes before the last event run ({_lastTicks} ticks, sequence {_lastSequence}).");
        }

        return Enqueue(at, action, sequence);
    }

    private EventId Enqueue(SimTime at, object target, long reserved = -1)
    {
        if (at < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Cannot schedule in the past (now {Now}).");
        }

        long sequence = reserved >= 0 ? reserved : _nextSequence++;
        if (at.Ticks == Now.Ticks && reserved < 0)
        {
            // A zero-delay hop (a call leaving a free invoke thread, a warm start with nothing to unpause) skips the
            // queue: it has the largest sequence number so far, so it comes after every event already waiting at this
            // instant (each was scheduled earlier, or holds a reserved number, smaller than any handed out since) and
            // after the hops scheduled before it here. Step keeps that order, so no event order changes, ties included.
            _atNow.Enqueue(new EventEntry(at.Ticks, sequence, target));
            return new EventId(at.Ticks, sequence);
        }

        Push(new EventEntry(at.Ticks, sequence, target));
        return new EventId(at.Ticks, sequence);
    }

    private void Push(EventEntry e)
    {
        if (_radix is not null)
        {
            _radix.Push(e.Ticks, e.Sequence, e.Target);
        }
        else
        {
            _heap!.Push(e.Ticks, e.Sequence, e.Target);
        }
    }

    /// <summary>Cancels a pending event. Returns false if it already ran or was already cancelled.</summary>
    internal bool Cancel(EventId id)
    {
        // Events leave the queue in strictly increasing (time, sequence) order, so anything at or
        // before the last one run has already happened.
        bool alreadyRan = id.Ticks < _lastTicks || (id.Ticks == _lastTicks && id.Sequence <= _lastSequence);
        if (alreadyRan || id.Sequence < _floorSequence || id.Sequence >= _nextSequence)
        {
            return false;
        }

        return _cancelled.Add(id.Sequence);
    }

    /// <summary>Runs events until none is left.</summary>
    public void Run()
    {
        while (Step())
        {
        }
    }

    /// <summary>Runs every event at or before <paramref name="until"/>, then sets the clock to it.</summary>
    internal void RunUntil(SimTime until)
    {
        while (Step(until.Ticks))
        {
        }

        if (until > Now)
        {
            Now = until;
        }
    }

    /// <summary>Runs events until <paramref name="stop"/> holds (checked after each event) or none is left.</summary>
    internal void RunUntil(Func<bool> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        while (!stop() && Step())
        {
        }
    }

    /// <summary>Runs the next event; false when the queue is empty.</summary>
    public bool Step() => Step(long.MaxValue);

    private bool Step(long limitTicks)
    {
        EventEntry entry;
        while (TryTake(limitTicks, out entry))
        {
            _lastTicks = entry.Ticks;
            _lastSequence = entry.Sequence;
            if (_cancelled.Count > 0 && _cancelled.Remove(entry.Sequence))
            {
                continue;
            }

            Now = new SimTime(entry.Ticks);
            Processed++;
            if (entry.Target is Action action)
            {
                action();
            }
            else
            {
                ((ISimEvent)entry.Target).Fire();
            }

            return true;
        }

        if (_lastTicks > Now.Ticks && QueueCount == 0 && _atNow.Count == 0)
        {
            Rewind();
        }

        return false;
    }

    /// <summary>
    /// The next event in (time, sequence) order. The zero-delay hops waiting at the current instant come after the
    /// queue's events at this same instant (those have smaller sequence numbers: see <see cref="Enqueue"/>) and before
    /// any later one, so the queue is asked only for an event at or before now while hops wait.
    /// </summary>
    private bool TryTake(long limitTicks, out EventEntry entry)
    {
        if (_atNow.Count > 0 && Now.Ticks <= limitTicks)
        {
            if (!(_radix is not null ? _radix.TryPop(Now.Ticks, out entry) : _heap!.TryPop(Now.Ticks, out entry)))
            {
                entry = _atNow.Dequeue();
            }

            return true;
        }

        return _radix is not null ? _radix.TryPop(limitTicks, out entry) : _heap!.TryPop(limitTicks, out entry);
    }

    /// <summary>
    /// Cancelled events are taken out and skipped without moving the clock, so when they were the
    /// last ones pending, the queue has taken out instants after <see cref="Now"/> and the next event
    /// may come before them. Nothing is pending: every event scheduled so far has left the queue,
    /// and the queue's floor goes back to the clock.
    /// </summary>
    private void Rewind()
    {
        _floorSequence = _nextSequence;
        _lastTicks = -1;
        _lastSequence = -1;
        _radix?.Rewind(Now.Ticks);
    }
}
