using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;

namespace Burstsim.Simulator.Tests.Invariants;

/// <summary>
/// Runs one generated scenario with the model's internals in reach and checks, after every event:
/// the clock never goes back; no invoker holds more exclusive CPUs than it has nor more container memory
/// than its user memory; the burst inventory never promises CPUs or memory an invoker still holds; every
/// topic is delivered in order. At the end: every function ended exactly once or belongs to a rejected
/// burst; every record's instants are in Lithops order; after the idle timers drain, every CPU, MB,
/// memory slot and Docker slot is back and no event is left. A stall or runaway run fails too.
/// Throws <see cref="InvariantViolationException"/> naming the broken invariant.
/// </summary>
internal static class InvariantRun
{
    /// <summary>Generous for the generated sizes (at most a few hundred functions): a run past it is a livelock.</summary>
    private const long EventBudget = 2_000_000;

    public static void Check(GeneratedScenario scenario)
    {
        var cluster = scenario.Cluster();
        var policy = PolicySpec.Parse(scenario.Policy);
        var setup = new RunSetup(cluster, scenario.Parameters(), new JobListWorkload(scenario.JobRequests()), policy, scenario.Seed);
        try
        {
            PlatformRun.Validate(setup, scenario.JobRequests());
        }
        catch (ArgumentException)
        {
            throw new InvariantViolationException("the generator made a setup the validation refuses (the generator must only make valid ones)");
        }

        var deployment = new Deployment(cluster, setup.Parameters, policy, scenario.Seed);
        var platform = deployment.Platform;
        var jobs = scenario.JobRequests();
        deployment.Submit(jobs);
        var last = SimTime.Zero;
        try
        {
            deployment.Run(() =>
            {
                if (!(deployment.Sim.Now >= last))
                {
                    Fail($"the clock went back from {last} to {deployment.Sim.Now}");
                }
                last = deployment.Sim.Now;
                if (!(deployment.Sim.Processed < EventBudget))
                {
                    Fail($"more than {EventBudget} events: a livelock");
                }
                CheckResources(platform, policy.LaunchesPacks);
            });
        }
        catch (InvalidOperationException stall)
        {
            throw new InvariantViolationException($"the run stalled: {stall.Message}");
        }

        CheckActivations(platform, deployment.Records, jobs);
        CheckCpuUsed(platform, deployment.Records);
        if (!(platform.Errors.Count == platform.Client.RejectedJobIds.Count))
        {
            Fail("an error that is not a rejected burst");
        }

        // Drain: idle timers remove every container; then everything must be back.
        while (deployment.Sim.Step())
        {
            CheckResources(platform, policy.LaunchesPacks);
            if (!(deployment.Sim.Processed < EventBudget))
            {
                Fail("the idle timers never drain");
            }
        }

        CheckDrained(platform, cluster);
    }

    private static void CheckResources(OpenWhisk platform, bool burstRun)
    {
        var bursts = platform.Bursts;
        foreach (var invoker in platform.Invokers)
        {
            int i = invoker.Index;
            if (!(invoker.Cpu.Exclusive >= 0 && invoker.Cpu.Exclusive <= invoker.Spec.Cpus))
            {
                Fail($"{invoker.Name} holds {invoker.Cpu.Exclusive} exclusive CPUs of {invoker.Spec.Cpus}");
            }
            if (!(invoker.Pool.UsedMb >= 0 && invoker.Pool.UsedMb <= invoker.Pool.CapacityMb))
            {
                Fail($"{invoker.Name}'s containers use {invoker.Pool.UsedMb} MB of {invoker.Pool.CapacityMb}");
            }
            if (!(bursts.Cpus[i] >= 0 && bursts.Cpus[i] <= invoker.Spec.Cpus - invoker.Cpu.Exclusive))
            {
                Fail($"the burst inventory promises {bursts.Cpus[i]} CPUs of {invoker.Name}, which holds {invoker.Cpu.Exclusive} of {invoker.Spec.Cpus}");
            }
            // In a burst run only packs use pool memory, and the inventory lags behind the pool, never ahead of it
            // (idle warm packs are evictable, so their memory is the pool's to give).
            if (!(bursts.MemoryMb[i] >= 0 && (!burstRun || bursts.MemoryMb[i] <= invoker.Pool.CapacityMb - invoker.Pool.UsedMb + invoker.Pool.IdleMb)))
            {
                Fail($"the burst inventory promises {bursts.MemoryMb[i]} MB of {invoker.Name}, whose pool uses {invoker.Pool.UsedMb} of {invoker.Pool.CapacityMb}");
            }
            if (!(invoker.LastBusSequence == invoker.Received - 1))
            {
                Fail($"{invoker.Name} received topic message {invoker.LastBusSequence} as its message {invoker.Received - 1}: out of order");
            }
            if (!(invoker.Docker.RunsInFlight <= platform.Parameters.Invoker.DockerParallelRuns))
            {
                Fail($"{invoker.Name} has {invoker.Docker.RunsInFlight} docker runs in flight");
            }
        }
    }

    private static void CheckActivations(OpenWhisk platform, IReadOnlyList<ActivationRecord> records, IReadOnlyList<Burstsim.Simulator.Workloads.JobRequest> jobs)
    {
        var seen = new HashSet<(int Job, int Function)>();
        foreach (var r in records)
        {
            if (!(seen.Add((r.JobId, r.FunctionId))))
            {
                Fail($"function {r.FunctionId} of job {r.JobId} was reported twice");
            }
            if (!(r.HostJobCreate <= r.HostSubmit && r.HostSubmit <= r.WorkerStart && r.WorkerStart <= r.WorkerFuncStart
                    && r.WorkerFuncStart <= r.WorkerFuncEnd && r.WorkerFuncEnd <= r.WorkerEnd && r.WorkerEnd <= r.HostStatusDone
                    && r.HostStatusDone <= r.HostResultDone))
            {
                Fail($"function {r.FunctionId} of job {r.JobId} has its instants out of Lithops order");
            }
        }

        var rejected = platform.Client.RejectedJobIds;
        foreach (var job in jobs)
        {
            int reported = seen.Count(s => s.Job == job.JobId);
            int expected = rejected.Contains(job.JobId) ? 0 : job.Functions;
            if (!(reported == expected))
            {
                Fail($"job {job.JobId}: {reported} functions reported, {expected} expected{(rejected.Contains(job.JobId) ? " (rejected)" : string.Empty)}");
            }
        }

        if (!(platform.Started == records.Count))
        {
            Fail($"{platform.Started} workers started but {records.Count} reported");
        }
    }

    /// <summary>
    /// busy_cpu_s is CPU time the invokers delivered: each invoker's at most its CPUs x the run so far, and the cluster's
    /// at most its CPUs x (last worker end - first job created), so utilisation never exceeds 1.
    /// </summary>
    private static void CheckCpuUsed(OpenWhisk platform, IReadOnlyList<ActivationRecord> records)
    {
        double now = platform.Sim.Now.Seconds;
        foreach (var invoker in platform.Invokers)
        {
            double used = invoker.Cpu.UsedCpuSeconds;
            if (!(used >= 0 && used <= (invoker.Spec.Cpus * now) + 1e-6))
            {
                Fail($"{invoker.Name} used {used} CPU-s of {invoker.Spec.Cpus} CPUs in {now} s");
            }
        }

        if (records.Count == 0)
        {
            return;
        }

        double window = records.Max(r => r.WorkerEnd.Seconds) - records.Min(r => r.HostJobCreate.Seconds);
        double total = platform.Invokers.Sum(i => i.Cpu.UsedCpuSeconds);
        double cpus = platform.Invokers.Sum(i => i.Spec.Cpus);
        if (!(total <= (cpus * window) + 1e-6))
        {
            Fail($"the functions used {total} CPU-s, more than {cpus} CPUs x {window} s: utilisation above 1");
        }
    }

    private static void CheckDrained(OpenWhisk platform, ClusterSpec cluster)
    {
        if (!(platform.Sim.Pending == 0))
        {
            Fail($"{platform.Sim.Pending} events left after the drain");
        }
        for (int i = 0; i < cluster.Invokers.Count; i++)
        {
            var spec = cluster.Invokers[i];
            var invoker = platform.Invokers[i];
            if (!(platform.Bursts.Cpus[i] == spec.Cpus))
            {
                Fail($"the burst inventory ends with {platform.Bursts.Cpus[i]} of {spec.Name}'s {spec.Cpus} CPUs");
            }
            if (!(platform.Bursts.MemoryMb[i] == platform.Bursts.FullMemoryMb[i]))
            {
                Fail($"the burst inventory ends with {platform.Bursts.MemoryMb[i]} of {spec.Name}'s {platform.Bursts.FullMemoryMb[i]} MB");
            }
            if (!(invoker.Cpu.Exclusive == 0 && invoker.Cpu.Runnable == 0))
            {
                Fail($"{spec.Name} still runs CPU work");
            }
            if (!(invoker.Pool.UsedMb == 0 && invoker.Pool.Containers == 0 && invoker.Pool.Buffered == 0))
            {
                Fail($"{spec.Name} ends with {invoker.Pool.Containers} containers, {invoker.Pool.UsedMb} MB, {invoker.Pool.Buffered} buffered");
            }
            if (!(invoker.Docker.RunsInFlight == 0))
            {
                Fail($"{spec.Name} ends with docker runs in flight");
            }
        }

        foreach (var controller in platform.Controllers)
        {
            if (controller.Admission is ClassicAdmission { Balancer: ShardingBalancer sharding })
            {
                for (int i = 0; i < cluster.Invokers.Count; i++)
                {
                    long full = Math.Max(1, cluster.Invokers[i].UserMemoryMb / platform.Controllers.Length);
                    if (!(sharding.Slots.Free(i) == full))
                    {
                        Fail($"controller {controller.Index} ends with {sharding.Slots.Free(i)} of invoker{i}'s {full} memory slots");
                    }
                }
            }

            if (!(controller.ActiveCalls == 0))
            {
                Fail($"controller {controller.Index} still counts {controller.ActiveCalls} active calls");
            }
        }
    }

    /// <summary>Messages are built only on failure: the checks run after every event.</summary>
    private static void Fail(string violation) => throw new InvariantViolationException(violation);
}
