namespace Burstsim.Scenarios.Execution;

/// <summary>Puts back what a test injected (<see cref="AvailableMemory.Inject"/>, <see cref="MemoryGuard.InjectWorkingSet"/>) when disposed.</summary>
internal sealed class Restore(Action restore) : IDisposable
{
    public void Dispose() => restore();
}
