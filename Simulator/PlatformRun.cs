using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator;

/// <summary>Runs one policy on one workload: builds the deployment, issues the jobs, runs the clock until every job is reported.</summary>
public static class PlatformRun
{
    /// <summary>Runs <paramref name="setup"/> to the end, streaming every activation record into <paramref name="sink"/>.</summary>
    /// <returns>What the run reports besides the records.</returns>
    /// <exception cref="InvalidSetupException">The setup cannot run (names what to change), or the run outlasts the longest simulated span.</exception>
    /// <exception cref="OperationCanceledException"><see cref="RunSetup.Cancellation"/> was cancelled before the run ended.</exception>
    public static RunOutcome Execute(RunSetup setup, IActivationSink sink)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.Cancellation.ThrowIfCancellationRequested();
        if (Scheduling.LaunchPath.OffCluster(setup) is { } offCluster)
        {
            var planned = setup.Workload.Jobs(new RandomStreams(setup.Seed), setup.Parameters.Runtime.RuntimeMemoryMb);
            setup.Policy.CheckFeasible(setup, planned);
            return offCluster(sink);
        }

        var streams = new RandomStreams(setup.Seed);
        var jobs = setup.Workload.Jobs(streams, setup.Parameters.Runtime.RuntimeMemoryMb);
        Validate(setup, jobs);

        // Summed once: a streamed workload (StreamedJobs) makes every job afresh on each pass, so a second sum at the
        // end of a day's replay rebuilt its 20.6 M jobs while the run's outputs were being finished.
        // A streamed trace that knows its total takes no pass at all.
        long requested = jobs is StreamedJobs { FunctionsTotal: { } known } ? known : jobs.Sum(j => (long)j.Functions);
        sink.Expect(requested);

        var sim = new Simulation(4096);
        var platform = new OpenWhisk(sim, setup.Cluster, setup.Parameters, setup.Policy, streams, sink, setup.Faults);
        using var arrivals = ScheduleArrivals(sim, platform, jobs); // disposed also when the run fails: stops a prefetching thread

        // The longest simulated span: inputs are checked against it before the run, but a workload can still
        // outlast it (exchanges of terabytes, millions of long calls through a small client pool).
        // Nothing else pending then means nothing left to run: the run ends as it would have without this mark.
        sim.ScheduleAt(SimTime.FromSeconds(MaxSimulatedSeconds), () =>
        {
            if (sim.Pending > 0)
            {
                throw new InvalidSetupException(ClockLimitMessage(platform, jobs.Count));
            }
        });

        // Idle-removal timers outlive the work; stop once every job is reported and the CPUs freed by the
        // last packs are back in the controller's inventory (their report may still be in flight when the
        // client sees the last results; without waiting, FinalInventory misses them when the report delay is long).
        var cpus = setup.Cluster.Invokers.Select(i => i.Cpus).ToArray();
        long[] memory = [.. platform.Bursts.FullMemoryMb];
        var cancellation = setup.Cancellation;
        sim.RunUntil(() =>
        {
            cancellation.ThrowIfCancellationRequested(); // one field read per event
            return platform.Client.JobsComplete == jobs.Count && (platform.Bursts.Full || InventoryBack(platform, cpus, memory));
        });
        return new RunOutcome
        {
            Events = sim.Processed,
            SimulatedSeconds = sim.Now.Seconds,
            FunctionsReported = platform.Reported,
            ContainersCreated = platform.ContainersCreated,
            Throttled = platform.Throttled,
            MaxDockerRunsInFlight = platform.Invokers.Select(i => i.Docker.MaxRunsInFlight).ToArray(),
            FinalInventory = platform.Bursts.Cpus.ToArray(),
            BurstLayout = platform.Layout.Select(l => l.ToPublic()).ToArray(),
            Errors = platform.Errors.ToArray(),
            FunctionsRequested = requested,
            RejectedJobs = platform.Client.RejectedJobs,
            RejectedFunctions = platform.Client.RejectedFunctions,
            DroppedTraceInvocations = setup.Workload is AzureTraceWorkload azure ? azure.Trace.SkippedInvocations : 0,
            Usage = platform.Ledger.Total() with { CpuUsedSeconds = platform.Invokers.Sum(i => i.Cpu.UsedCpuSeconds) },
            OfflineInvokers = [.. Enumerable.Range(0, cpus.Length).Where(platform.Bursts.IsDown)],
            ServiceUnavailable = platform.ServiceUnavailable,
            InvokersTakenOut = platform.Health?.TakenOut ?? 0,
        };
    }

    /// <summary>
    /// Schedules every job's arrival. Jobs in arrival order are streamed: each arrival is scheduled when the one before
    /// it runs, so a trace of millions of calls holds one pending arrival, not millions (with <see cref="StreamedJobs"/>,
    /// not even the calls themselves). The arrivals keep the sequence numbers they would have had if all were scheduled
    /// now, so events at the same instant run in the same order either way and the outputs are byte-identical. Jobs out
    /// of arrival order (a plug-in's workload may list them so) are all scheduled up front. A streamed workload of more
    /// than one batch is made on a thread of its own, ahead of the clock (<see cref="PrefetchedJobs"/>).
    /// </summary>
    /// <returns>The walk over the jobs, for the caller to dispose when the run ends or fails; null when all were scheduled.</returns>
    private static IDisposable? ScheduleArrivals(Simulation sim, OpenWhisk platform, IReadOnlyList<JobRequest> jobs)
    {
        if (jobs is not StreamedJobs && !InArrivalOrder(jobs))
        {
            foreach (var job in jobs)
            {
                sim.ScheduleAt(job.Arrival, () => platform.Client.StartJob(job));
            }

            return null;
        }

        long first = sim.ReserveSequences(jobs.Count);
        var arrivals = jobs is StreamedJobs { Count: > PrefetchedJobs.BatchSize } ? new PrefetchedJobs(jobs) : jobs.GetEnumerator();
        long next = first;
        void ScheduleNext()
        {
            if (!arrivals.MoveNext())
            {
                arrivals.Dispose();
                return;
            }

            var job = arrivals.Current;
            sim.ScheduleReserved(job.Arrival, next++, () =>
            {
                platform.Client.StartJob(job);
                ScheduleNext();
            });
        }

        ScheduleNext();
        return arrivals;
    }

    private static bool InArrivalOrder(IReadOnlyList<JobRequest> jobs)
    {
        for (int i = 1; i < jobs.Count; i++)
        {
            if (jobs[i].Arrival < jobs[i - 1].Arrival)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest simulated span, seconds (about 3.2 years; docs/scenarios.md): a run still working then is refused.</summary>
    internal const double MaxSimulatedSeconds = 1e8;

    private static string ClockLimitMessage(OpenWhisk platform, int jobs) =>
        $"the run reached {MaxSimulatedSeconds:0e0} s of simulated time (about 3.2 years, the longest simulated span) with {jobs - platform.Client.JobsComplete} of {jobs} jobs " +
        "unfinished: shorten the workload (fewer or shorter functions, smaller exchanges) or give the client more workers (platform.client.max_workers)";

    /// <summary>Every online invoker's CPUs and memory are back in the burst inventory (an offline one counts 0).</summary>
    private static bool InventoryBack(OpenWhisk platform, int[] cpus, long[] memory)
    {
        for (int i = 0; i < cpus.Length; i++)
        {
            bool online = !platform.Bursts.IsDown(i);
            if (platform.Bursts.Cpus[i] != (online ? cpus[i] : 0) || platform.Bursts.MemoryMb[i] != (online ? memory[i] : 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Refuses setups that could never finish; the message names what to change.</summary>
    /// <exception cref="ArgumentException">The setup can never finish.</exception>
    internal static void Validate(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs)
    {
        if (setup.Cluster.Invokers.Count == 0)
        {
            throw new InvalidSetupException("the cluster has no invokers");
        }

        var recovery = setup.Parameters.Recovery;
        if (recovery.ExecutionTimeout <= 0)
        {
            throw new InvalidSetupException($"platform.recovery.runtime_timeout_s ({recovery.RuntimeTimeoutS} s) leaves no time to run a function: Lithops runs it for runtime_timeout - {recovery.TimeoutGraceS} s; raise runtime_timeout_s above {recovery.TimeoutGraceS}");
        }

        setup.Policy.CheckFeasible(setup, jobs);

        Network.ExchangeGuard.Check(setup, jobs);

        // What a container can ever use on an invoker: userMemory less the stem cells that stay (OpenWhisk's pool counts them).
        int maxMemory = setup.Cluster.Invokers.Max(i => i.UserMemoryMb - Invoker.StemCellsLeastMb(setup.Parameters.Invoker));
        bool mayBeTooFat = jobs is not Workloads.StreamedJobs { MemoryMbAtMost: { } most } || most > maxMemory; // else no pass over a streamed trace
        var tooFat = mayBeTooFat ? jobs.FirstOrDefault(j => j.MemoryMb > maxMemory) : null;
        if (tooFat is not null)
        {
            throw new InvalidSetupException($"functions of {tooFat.MemoryMb} MB fit on no invoker (job {tooFat.JobId}'s memory_mb): the largest invoker's user memory (cluster.memory_mb or cluster.invokers[].memory_mb) less the stem cells that stay (platform.invoker.stem_cells_min x stem_cell_memory_mb) leaves {maxMemory} MB; raise cluster.memory_mb to at least {tooFat.MemoryMb + Invoker.StemCellsLeastMb(setup.Parameters.Invoker)} or lower the functions' memory_mb to at most {maxMemory}");
        }
    }
}
