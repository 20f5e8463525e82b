namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// The controller's memory-slot semaphores, one per invoker: 1 slot per MB of the invoker's user
/// memory divided by the number of controllers (OpenWhisk). A forced placement may drive one negative.
/// </summary>
public sealed class MemorySlots
{
    private readonly long[] _free;
    private readonly HashSet<int> _unusable = [];

    public MemorySlots(IReadOnlyList<int> userMemoryMb, int controllers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(controllers, 1);
        _free = userMemoryMb.Select(m => (long)(m / controllers)).ToArray();
    }

    public int Count => _free.Length;

    public long Free(int invoker) => _free[invoker];

    /// <summary>Marks an invoker Offline (false) or usable again; an unusable invoker's slots are never taken by TryAcquire.</summary>
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

    public bool IsUsable(int invoker) => !_unusable.Contains(invoker);

    /// <summary>
    /// <paramref name="invoker"/> if usable, else the next usable one after it (cyclically), so a choice made without
    /// regard to health lands on a live invoker; unchanged when none is usable.
    /// </summary>
    public int UsableFrom(int invoker)
    {
        for (int k = 0; k < _free.Length; k++)
        {
            int i = (invoker + k) % _free.Length;
            if (!_unusable.Contains(i))
            {
                return i;
            }
        }

        return invoker;
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
