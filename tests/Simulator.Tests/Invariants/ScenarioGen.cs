using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using CsCheck;

namespace Burstsim.Simulator.Tests.Invariants;

/// <summary>
/// Generators of small scenarios: 1-4 invokers of 1-16 CPUs and 256-8192 MB, 1-3 controllers, tight and
/// loose namespace limits (per-minute limits of 10 keep the retried calls few enough to run fast), few client threads and tokens, short idle timeouts, every policy and
/// burst_no_fit mode, Lithops chunks (chunksize 2-5 a quarter of the time, 1-4 worker processes), and 1-4 jobs of 1-16 functions from 1-3 tenants over 20 s. Small enough that a
/// thousand run in seconds; tight enough that 429s, full pools, waiting bursts and evictions happen.
/// Only setups the run's validation accepts are generated (the others exit 2 before running).
/// </summary>
internal static class ScenarioGen
{
    private static readonly Gen<GeneratedInvoker> Invoker =
        Gen.Select(Gen.Int[1, 16], Gen.OneOf(256, 512, 1024, 2048, 3072, 8192), (cpus, mb) => new GeneratedInvoker(cpus, mb));

    private static readonly Gen<GeneratedPlatform> Platform =
        Gen.Select(
            Gen.Select(Gen.Int[1, 3], Gen.OneOf(1, 2, 5, 1000), Gen.OneOf(10, 40, 1000), Gen.Int[1, 30], Gen.Int[1, 8]),
            Gen.Select(Gen.Int[1, 4], Gen.Double[0.1, 5.0], Gen.Double[1.0, 30.0], Gen.Double[0.0, 0.5]),
            Gen.OneOf(BurstNoFit.Wait, BurstNoFit.Partial, BurstNoFit.Reject),
            Gen.Select(Gen.OneOf(BurstPackMemory.PerPack, BurstPackMemory.PerWorker), Gen.Bool),
            Gen.Select(Gen.Frequency((3, Gen.Const(1)), (1, Gen.Int[2, 5])), Gen.Int[1, 4]),
            (a, b, mode, pack, chunk) => new GeneratedPlatform(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, b.Item1, Math.Round(b.Item2, 3), Math.Round(b.Item3, 3), Math.Round(b.Item4, 3), mode, pack.Item1, pack.Item2, chunk.Item1, chunk.Item2));

    private static readonly Gen<string> Policy =
        Gen.Frequency(
            (4, Gen.OneOf("classic", "classic:round-robin", "classic:least-loaded", "classic:random")),
            (4, Gen.Int[1, 8].Select(g => $"burst:g={g}")),
            (2, Gen.OneOf("burst", "burst:join")),
            (1, Gen.Int[1, 4].Select(g => $"burst:g={g},join")),
            (2, Gen.OneOf("faasbatch", "faasbatch:interval=0.05")));

    private static readonly Gen<GeneratedJob> Job =
        Gen.Select(
            Gen.Double[0.0, 20.0],
            Gen.OneOf("alice", "bob", "carol"),
            Gen.OneOf("f", "g"),
            Gen.Int[1, 16],
            Gen.OneOf(128, 256, 512),
            Gen.Frequency((2, Gen.Const(0.0)), (1, Gen.Double[0.0, 2.0])),
            Gen.Double[0.0, 3.0],
            Gen.Bool,
            (at, tenant, function, n, mb, cpu, wait, storage) => new GeneratedJob(Math.Round(at, 3), tenant, function, n, mb, Math.Round(cpu, 3), Math.Round(wait, 3), storage));

    public static readonly Gen<GeneratedScenario> Scenario =
        Gen.Select(Invoker.Array[1, 4], Platform, Policy, Job.Array[1, 4], Gen.Int[1, 10_000], (invokers, platform, policy, jobs, seed) =>
                new GeneratedScenario(invokers, platform, policy, [.. jobs.OrderBy(j => j.ArrivalS)], (ulong)seed))
            .Where(Valid);

    /// <summary>Whether the run's own validation accepts the setup.</summary>
    public static bool Valid(GeneratedScenario s)
    {
        try
        {
            PlatformRun.Validate(new RunSetup(s.Cluster(), s.Parameters(), new JobListWorkload(s.JobRequests()), PolicySpec.Parse(s.Policy), s.Seed), s.JobRequests());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
