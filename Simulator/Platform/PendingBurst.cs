namespace Burstsim.Simulator.Platform;

/// <summary>A burst (or what is left of one) waiting in the controller for free CPUs.</summary>
internal sealed class PendingBurst(JobRun job, Activation[] activations)
{
    public JobRun Job { get; } = job;
    public Activation[] Activations { get; } = activations;

    /// <summary>First worker not yet placed.</summary>
    public int NextWorker { get; set; }

    public int Remaining => Activations.Length - NextWorker;
}
