namespace Burstsim.Simulator.Engine;

/// <summary>
/// The kernel's pending events, ordered by (time in ticks, insertion sequence): equal times come out
/// first-in first-out. Keys pushed are never earlier than the last key popped (simulated time never
/// goes back), which is what lets <see cref="RadixEventQueue"/> beat a comparison heap.
/// </summary>
internal interface IEventQueue
{
    /// <summary>Entries in the queue (cancelled ones included; the kernel skips them when popped).</summary>
    int Count { get; }

    /// <summary>Adds an event. <paramref name="ticks"/> must not be earlier than the last entry popped (see <see cref="RadixEventQueue.Rewind"/>); <paramref name="sequence"/> grows with every push.</summary>
    void Push(long ticks, long sequence, object target);

    /// <summary>Removes the earliest entry if its time is at or before <paramref name="limitTicks"/>; false (queue untouched) otherwise or when empty.</summary>
    bool TryPop(long limitTicks, out EventEntry entry);
}
