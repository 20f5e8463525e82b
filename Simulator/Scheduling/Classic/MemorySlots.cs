namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>
/// The controller's memory-slot semaphores, one per invoker: 1 slot per MB of the invoker's user
/// memory divided by the number of controllers (OpenWhisk). A forced placement may drive one negative.
/// </summary>
internal sealed class MemorySlots
{
    private readonly long[] _free;
    private readonly int[] _userMemoryMb;
    private readonly HashSet<int> _unusable = [];

    /// <param name="userMemoryMb">Each invoker's user memory (MB); the slots are 1/<paramref name="controllers"/> of it.</param>
    /// <param name="controllers">Controllers sharing the invokers (at least 1).</param>
    /// <param name="poolRoomMb">What each invoker's container pool can ever give one container (user memory less the stem cells that stay); default the user memory.</param>
    /// <exception cref="ArgumentOutOfRangeException">controllers is below 1.</exception>
    public MemorySlots(IReadOnlyList<int> userMemoryMb, int controllers, IReadOnlyList<int>? poolRoomMb = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(controllers, 1);
        _free = userMemoryMb.Select(m => (long)(m / controllers)).ToArray();
        _userMemoryMb = [.. poolRoomMb ?? userMemoryMb];
    }

    public int Count => _free.Length;

    public long Free(int invoker) => _free[invoker];

    /// <summary>
    /// Whether the invoker's container pool (its whole user memory) can ever hold a container of
    /// <paramref name="memoryMb"/>: a forced placement on one that cannot would wait in its run buffer forever.
    /// An Offline invoker holds nothing.
    /// </summary>
    public bool Holds(int invoker, int memoryMb) => _userMemoryMb[invoker] >= memoryMb && !_unusable.Contains(invoker);

    /// <summary>Marks an invoker Offline (false) or usable again; an Offline invoker is neither probed nor forced while another holds the action.</summary>
    public void SetUsable(int invoker, bool usable)
    {
        if (usable)
        {
            _unusable.Remove(invoker);
        }
        else
        {
            _unusable.Add(invoker);
        }
    }

    public bool TryAcquire(int invoker, int memoryMb)
    {
        if (_free[invoker] < memoryMb || _unusable.Contains(invoker))
        {
            return false;
        }

        _free[invoker] -= memoryMb;
        return true;
    }

    public void ForceAcquire(int invoker, int memoryMb) => _free[invoker] -= memoryMb;

    public void Release(int invoker, int memoryMb) => _free[invoker] += memoryMb;
}
