namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>One burst container: <see cref="Workers"/> consecutive workers starting at <see cref="FirstWorker"/> on invoker <see cref="Invoker"/>.</summary>
public sealed record PackPlacement(int Invoker, int FirstWorker, int Workers)
{
    /// <summary>The index of the container's last worker.</summary>
    public int LastWorker => FirstWorker + Workers - 1;
}
