using System.Globalization;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Refuses, before anything runs, a workload whose simulated span is beyond the clock's horizon
/// (<see cref="SimLimits.MaxSeconds"/>) or whose run would never end in practice: the Lithops monitor
/// polls every monitoring_interval_s while a job runs, so a year-long function polled every second is
/// tens of millions of events per job. Both are lower bounds: CPU contention only stretches functions.
/// </summary>
internal static class HorizonCheck
{
    /// <summary>Functions sampled per job (evenly spread): work is a pure function of the index, and large jobs draw it per function.</summary>
    private const int Samples = 1_000;

    public static void Check(Scenario scenario, IReadOnlyList<JobRequest> jobs, Field field)
    {
        double interval = scenario.Parameters.Client.MonitoringIntervalS;
        if (jobs is StreamedJobs { RunSeconds: { } runs, ArrivalSecondsAtMost: { } lastArrival } && WithinBounds(runs(), lastArrival, interval))
        {
            return;
        }

        double polls = 0;
        foreach (var job in jobs)
        {
            double longest = Longest(job);
            double end = job.Arrival.Seconds + longest;
            if (!(end <= SimLimits.MaxSeconds))
            {
                throw field.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the run would span at least {end:G4} s (job {job.JobId} arrives at {job.Arrival.Seconds:G4} s and a function runs {longest:G4} s), beyond the {SimLimits.MaxSeconds:G4} s (about 3.2 years) burstsim simulates; shorten the functions or the arrivals"));
            }

            polls += longest / interval;
        }

        if (polls > SimLimits.MaxPolls)
        {
            throw field.Error(string.Create(
                CultureInfo.InvariantCulture,
                $"the run would take about {polls:G3} Lithops monitor polls (functions running up to {jobs.Max(Longest):G4} s, polled every platform.client.monitoring_interval_s = {interval:G4} s), more than the {SimLimits.MaxPolls:G3} a run may take; raise monitoring_interval_s or shorten the functions"));
        }
    }

    /// <summary>
    /// True when a streamed trace's durations show, without making its jobs, that the pass below would accept it: the
    /// last arrival plus the longest run within the horizon, and the polls (the same sum in another order, so held a
    /// hair below the limit) under the limit. Otherwise the pass decides and names the job.
    /// </summary>
    private static bool WithinBounds(IEnumerable<double> runs, double lastArrival, double interval)
    {
        double longest = 0;
        double polls = 0;
        foreach (double seconds in runs)
        {
            longest = Math.Max(longest, seconds);
            polls += seconds / interval;
        }

        return lastArrival + longest + 1 <= SimLimits.MaxSeconds && polls <= SimLimits.MaxPolls * (1 - 1e-9);
    }

    private static double Longest(JobRequest job)
    {
        double longest = 0;
        int step = Math.Max(1, job.Functions / Samples);
        for (int i = 0; i < job.Functions; i += step)
        {
            var work = job.Work(i);
            longest = Math.Max(longest, work.CpuSeconds + work.WaitSeconds);
        }

        var last = job.Work(job.Functions - 1);
        return Math.Max(longest, last.CpuSeconds + last.WaitSeconds);
    }
}
