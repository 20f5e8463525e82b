using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Faults;

/// <summary>
/// The Lithops side of a failed call. A lost classic (or FaaSBatch) call is noticed only through the job monitor's
/// timeout (monitor.py _future_timeout_checker: worker_start + execution timeout + 5 s); Lithops applies it to started
/// calls only, and a call lost before its worker started would wait forever, so here the same timeout runs from the
/// call's submission (a departure that lets the run end). A function killed at its time limit fails too (any path).
/// Failed calls are retried as RetryingFunctionExecutor.wait() does: when every call of the round is done, each failed
/// one is re-mapped while its failure count is at most <c>retries</c>, else it is given up; failed burst workers are
/// re-mapped together as one new burst call (the same map arguments).
/// </summary>
internal sealed class ClientRetries(OpenWhisk platform)
{
    private readonly Simulation _sim = platform.Sim;

    /// <summary>A call was lost now; the monitor will time it out.</summary>
    public void CallLost(Activation a)
    {
        var r = platform.Parameters.Recovery;
        var from = a.WorkerStarted ? a.WorkerStart : a.HostSubmit;
        var detect = SimTime.Max(_sim.Now, from + SimSpan.FromSeconds(r.ExecutionTimeout + r.TimeoutGraceS));
        _sim.ScheduleAt(detect, () => Failed(a));
    }

    /// <summary>The monitor knows the call failed now: it waits for the end of the round.</summary>
    public void Failed(Activation a)
    {
        a.Job.AwaitingRetry.Add(a);
        RoundMayEnd(a.Job);
    }

    /// <summary>wait() returns once every call is done (succeeded, given up or failed this round); then the failed ones are retried or given up.</summary>
    public void RoundMayEnd(JobRun job)
    {
        if (job.AwaitingRetry.Count == 0 || job.Reported + job.Failed + job.AwaitingRetry.Count < job.Request.Functions)
        {
            return;
        }

        var round = job.AwaitingRetry.OrderBy(a => a.FunctionId).ToList();
        job.AwaitingRetry.Clear();
        int retries = platform.Parameters.Recovery.Retries;
        var again = new List<Activation>();
        foreach (var a in round)
        {
            if (a.Attempt < retries)
            {
                platform.Client.AttemptFailed(a, ActivationStatus.Retried);
                platform.Client.ReleaseToken(a);
                again.Add(job.NextAttempt(a));
            }
            else
            {
                platform.Client.AttemptFailed(a, ActivationStatus.Failed);
                job.Failed++;
                platform.Client.GaveUp(a);
            }
        }

        if (again.Count > 0)
        {
            platform.Path.Resubmit(job, [.. again], platform.Client); // one call each, or one burst call for a burst's workers
        }
    }
}
