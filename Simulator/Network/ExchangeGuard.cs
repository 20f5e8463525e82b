using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Network;

/// <summary>
/// An exchange starts only when every function of the job has reached it, so all of them must be able to run
/// at once; otherwise the ones running wait for ones that can never start. Caught before the run.
/// </summary>
internal static class ExchangeGuard
{
    /// <exception cref="ArgumentException">a job with exchanges that cannot have all its functions running at once; the message names the limit and the fix.</exception>
    public static void Check(RunSetup setup, IReadOnlyList<JobRequest> jobs)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs is StreamedJobs { WithoutPhases: true })
        {
            return; // no exchanges, known without making a streamed trace's jobs again
        }

        foreach (var job in jobs.Where(j => j.Phases.OfType<ExchangePhase>().Any()))
        {
            int n = job.Functions;
            string why = setup.Policy.Placement.Factory.WhyNotAllAtOnce(setup, n, job.MemoryMb) ?? string.Empty;
            if (why.Length > 0)
            {
                throw new InvalidSetupException(
                    $"job {job.JobId} exchanges data among {n} functions, which must all run at once under '{setup.Policy.Name}', but {why}");
            }
        }
    }
}
