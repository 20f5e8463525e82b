using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Many jobs (bursts or maps) arriving over time from several tenants: Poisson or fixed-interval
/// arrivals, each job's tenant drawn by weight. Gaps and tenants come from their own named streams, so
/// every policy sees the same arrivals.
/// </summary>
/// <param name="Process">Poisson (exponential gaps) or fixed interval.</param>
/// <param name="IntervalS">Mean gap (Poisson) or the gap (fixed interval), in seconds; positive.</param>
/// <param name="JobCount">Jobs in the run.</param>
/// <param name="Tenants">Who sends jobs, with relative weights.</param>
/// <param name="StartS">Instant of the first fixed-interval arrival; Poisson arrivals start one gap after it.</param>
public sealed record BurstArrivalsWorkload(ArrivalProcess Process, double IntervalS, int JobCount, IReadOnlyList<TenantLoad> Tenants, double StartS = 0) : IWorkload
{
    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"{JobCount} jobs from {Tenants.Count} tenant(s), {(Process == ArrivalProcess.Poisson ? "Poisson arrivals, mean gap" : "one every")} {IntervalS:0.###} s");

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        ArgumentNullException.ThrowIfNull(streams);
        if (Tenants.Count == 0 || Tenants.Any(t => !(t.Weight > 0)) || !(IntervalS > 0) || JobCount < 0)
        {
            throw new ArgumentException("arrivals need at least one tenant, positive weights, a positive interval and a non-negative job count");
        }

        var gaps = Process == ArrivalProcess.Poisson ? Distribution.Exponential(mean: IntervalS, streams.Open("workload.arrivals.gaps")) : null;
        var pick = streams.Open("workload.arrivals.tenants");
        double[] cumulative = new double[Tenants.Count];
        double total = 0;
        for (int i = 0; i < Tenants.Count; i++)
        {
            total += Tenants[i].Weight;
            cumulative[i] = total;
        }

        var jobs = new JobRequest[JobCount];
        double at = StartS;
        for (int k = 0; k < JobCount; k++)
        {
            at = gaps is null ? StartS + (k * IntervalS) : at + gaps.SampleSeconds();
            if (!(at <= PlatformRun.MaxSimulatedSeconds))
            {
                // Refused here, not by the clock: past about 9.2e12 s an instant cannot even be represented.
                throw new InvalidSetupException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"job {k} of {JobCount} would arrive at {at:G4} s, beyond the {PlatformRun.MaxSimulatedSeconds:G4} s (about 3.2 years) burstsim simulates; lower jobs or the interval between arrivals"));
            }

            var tenant = Tenants.Count == 1 ? Tenants[0] : Tenants[Pick(cumulative, pick.NextDouble() * total)];
            var work = tenant.Work;
            jobs[k] = new JobRequest(k, SimTime.FromSeconds(at), tenant.Name, tenant.Function, tenant.Functions, tenant.MemoryMb ?? defaultMemoryMb, _ => work);
        }

        return jobs;
    }

    private static int Pick(double[] cumulative, double u)
    {
        for (int i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }
}
