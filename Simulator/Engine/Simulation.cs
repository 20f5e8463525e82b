namespace Burstsim.Simulator.Engine;

/// <summary>
/// The discrete-event kernel: a clock and one event queue. Events scheduled for the same instant
/// run in the order they were scheduled. Model components schedule plain <see cref="Action"/>s.
/// </summary>
public sealed class Simulation
{
    private readonly EventQueue _queue;
    private readonly HashSet<long> _cancelled = [];
    private long _nextSequence;
    private long _lastTicks = -1;
    private long _lastSequence = -1;

    public Simulation(int initialCapacity = 1024) => _queue = new EventQueue(initialCapacity);

    /// <summary>The current simulated instant.</summary>
    public SimTime Now { get; private set; }

    /// <summary>Events still to run (cancelled ones excluded).</summary>
    public int Pending => _queue.Count - _cancelled.Count;

    /// <summary>Events run so far.</summary>
    public long Processed { get; private set; }

    public EventId Schedule(SimSpan delay, Action action) => ScheduleAt(Now + delay, action);

    public EventId ScheduleAt(SimTime at, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (at < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Cannot schedule in the past (now {Now}).");
        }

        long sequence = _nextSequence++;
        _queue.Push(at.Ticks, sequence, action);
        return new EventId(at.Ticks, sequence);
    }

    /// <summary>Cancels a pending event. Returns false if it already ran or was already cancelled.</summary>
    public bool Cancel(EventId id)
    {
        // Events leave the queue in strictly increasing (time, sequence) order, so anything at or
        // before the last one run has already happened.
        bool alreadyRan = id.Ticks < _lastTicks || (id.Ticks == _lastTicks && id.Sequence <= _lastSequence);
        if (alreadyRan || id.Sequence >= _nextSequence)
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
    public void RunUntil(SimTime until)
    {
        while (_queue.Count > 0 && _queue.Peek().Ticks <= until.Ticks)
        {
            Step();
        }

        if (until > Now)
        {
            Now = until;
        }
    }

    /// <summary>Runs events until <paramref name="stop"/> holds (checked after each event) or none is left.</summary>
    public void RunUntil(Func<bool> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        while (!stop() && Step())
        {
        }
    }

    /// <summary>Runs the next event; false when the queue is empty.</summary>
    public bool Step()
    {
        while (_queue.Count > 0)
        {
            var entry = _queue.Pop();
            _lastTicks = entry.Ticks;
            _lastSequence = entry.Sequence;
            if (_cancelled.Count > 0 && _cancelled.Remove(entry.Sequence))
            {
                continue;
            }

            Now = new SimTime(entry.Ticks);
            Processed++;
            entry.Action();
            return true;
        }

        return false;
    }
}
