using System.Globalization;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Refuses, before anything runs, a run whose span is certainly beyond the clock (<see cref="SimLimits.MaxSeconds"/>)
/// or whose Lithops monitor polls certainly exceed <see cref="SimLimits.MaxPolls"/>, because its functions cannot all
/// run at once: a job's span is at least its function-seconds divided by the most of its functions the policy can run
/// at the same time (<see cref="PolicyFactory.MostFunctionsAtOnce"/>; classic: one container per activation, bounded by
/// the invokers' user memory and platform.client.max_workers). <see cref="HorizonCheck"/> bounds by the longest
/// function alone, which misses a huge classic map of short functions on a small cluster. Streamed traces are left to
/// <see cref="StreamBound"/>, which bounds them from what they state without a pass: this makes no pass over them.
/// </summary>
internal static class SpanBound
{
    /// <summary>Functions summed between checks of the running bound, so a job far over the limit is refused early.</summary>
    private const int Stride = 1 << 20;

    /// <exception cref="InputException">The bound is over a limit; the message gives the numbers and the fix (at <paramref name="field"/>).</exception>
    public static void Check(Scenario scenario, ScenarioCase scenarioCase, IReadOnlyList<JobRequest> jobs, Field field)
    {
        if (jobs is StreamedJobs)
        {
            return;
        }

        double interval = scenario.Parameters.Client.MonitoringIntervalS;
        foreach (var policy in scenarioCase.Policies ?? scenario.Policies)
        {
            var setup = new RunSetup(scenario.Cluster, scenario.Parameters, scenarioCase.Workload, policy, scenario.Seed);
            double polls = 0;
            foreach (var job in jobs)
            {
                if (job.Phases.Count > 0 || policy.Placement.Factory.MostFunctionsAtOnce(setup, job) is not { } most)
                {
                    continue;
                }

                // A map whose functions all do the same work is summed by one product: a billion calls of Work took
                // most of a minute on a loaded CI machine before the memory estimate could refuse the run.
                double functionSeconds = 0;
                int first = 0;
                if (job.SameWork is { } same)
                {
                    functionSeconds = (same.CpuSeconds + same.WaitSeconds) * job.Functions;
                    first = Math.Max(0, job.Functions - 1);
                }

                for (int i = first; i < job.Functions; i++)
                {
                    if (job.SameWork is null)
                    {
                        var work = job.Work(i);
                        functionSeconds += work.CpuSeconds + work.WaitSeconds;
                    }

                    if ((i + 1) % Stride == 0 || i == job.Functions - 1)
                    {
                        double span = functionSeconds / most;
                        string why = string.Create(
                            CultureInfo.InvariantCulture,
                            $"under {policy.Name}, job {job.JobId}'s {job.Functions} functions need at least {functionSeconds:G4} function-seconds{(i < job.Functions - 1 ? " (the first " + (i + 1) + ")" : "")} and at most {most} of them can run at once ({Limits(setup, job)})");
                        if (!(job.Arrival.Seconds + span <= SimLimits.MaxSeconds))
                        {
                            throw field.Error(string.Create(
                                CultureInfo.InvariantCulture,
                                $"the run would span at least {job.Arrival.Seconds + span:G4} s: {why}, beyond the {SimLimits.MaxSeconds:G4} s (about 3.2 years) burstsim simulates; add invokers or memory (cluster.memory_mb), raise platform.client.max_workers, or run fewer or shorter functions"));
                        }

                        if (polls + (span / interval) > SimLimits.MaxPolls)
                        {
                            throw field.Error(string.Create(
                                CultureInfo.InvariantCulture,
                                $"the run would take at least {polls + (span / interval):G4} Lithops monitor polls (a span of at least {span:G4} s polled every platform.client.monitoring_interval_s = {interval:G4} s: {why}), more than the {SimLimits.MaxPolls:G3} a run may take; add invokers or memory, raise max_workers or monitoring_interval_s, or run fewer or shorter functions"));
                        }
                    }
                }

                polls += functionSeconds / most / interval;
            }
        }
    }

    private static string Limits(RunSetup setup, JobRequest job) => string.Create(
        CultureInfo.InvariantCulture,
        $"{setup.Cluster.Invokers.Count} invokers' user memory / {job.MemoryMb} MB per container, platform.client.max_workers {setup.Parameters.Client.MaxWorkers}, {Math.Min(setup.Parameters.Client.CallsPerActivation, setup.Parameters.Client.WorkerProcesses)} calls at once per activation");
}
