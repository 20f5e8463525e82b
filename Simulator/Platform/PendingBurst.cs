using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// A burst (or what is left of one) waiting in the controller for free CPUs. A new burst's activations are
/// made pack by pack as the packs launch, so a ten-million-function burst holds no array of them while it
/// waits or is placed; re-runs of lost workers come as the activations of their next attempts.
/// </summary>
internal sealed class PendingBurst
{
    private readonly Activation[]? _reruns;
    private readonly SimTime _submitted;

    /// <summary>A new burst of <paramref name="functions"/> workers (function ids 0..functions-1) the client sent at <paramref name="submitted"/> (host_submit_tstamp).</summary>
    public PendingBurst(JobRun job, int functions, SimTime submitted)
    {
        Job = job;
        Workers = functions;
        _submitted = submitted;
    }

    /// <summary>Lost workers placed again, as the activations of their next attempts.</summary>
    public PendingBurst(JobRun job, Activation[] reruns)
    {
        Job = job;
        Workers = reruns.Length;
        _reruns = reruns;
    }

    public JobRun Job { get; }

    /// <summary>Workers of this burst, placed or not.</summary>
    public int Workers { get; }

    /// <summary>First worker not yet placed.</summary>
    public int NextWorker { get; set; }

    public int Remaining => Workers - NextWorker;

    /// <summary>The activations of workers <paramref name="first"/> .. first + count - 1, in order (new ones are made here).</summary>
    public Activation[] Take(int first, int count)
    {
        if (_reruns is not null)
        {
            return _reruns.AsSpan(first, count).ToArray();
        }

        var workers = new Activation[count];
        for (int k = 0; k < count; k++)
        {
            workers[k] = Job.NewActivation(first + k);
            workers[k].HostSubmit = _submitted;
        }

        return workers;
    }
}
