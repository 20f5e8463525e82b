using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Lithops worker inside a container: on /run it starts one worker per activation (a burst pack
/// forks one process per worker, a small delay apart), each downloads its function, runs it, uploads
/// the result and writes its status for the client's monitor. Each worker step is scheduled as the
/// activation itself (<see cref="Activation.Step"/> says which), so workers allocate no closures.
/// </summary>
internal sealed class LithopsRuntime(OpenWhisk platform)
{
    private readonly Simulation _sim = platform.Sim;

    public void Execute(RunRequest request, Container container)
    {
        var l = platform.Latencies;
        request.RunStart = _sim.Now;
        request.Running = true;
        int processes = request.Processes;
        // A burst pack and a chunk run by several processes start a process pool first (handler.py: a SyncManager, then
        // one Process per worker); a single process runs its calls in the handler itself.
        bool pool = request.ExclusiveCpus > 0 || processes > 1 && request.Activations.Count > 1 && request.Activations[0].Chunk is not null;
        var setup = l.RunRequest.Next() + l.WorkerSetup.Next() + (pool ? l.PackSetup.Next() : SimSpan.Zero);
        var activations = request.Activations;
        request.NextQueued = processes;
        for (int k = 0; k < processes; k++)
        {
            var activation = activations[k];
            activation.Step = WorkerStep.WorkerStart;
            _sim.Schedule(setup, activation);
            if (request.ForkDelay > SimSpan.Zero || (pool && request.ExclusiveCpus == 0))
            {
                setup += l.ForkDelay.Next(); // the process pool forks its workers one after another
            }
        }
    }

    /// <summary>The activation's next worker step is due.</summary>
    public void Continue(Activation a)
    {
        switch (a.Step)
        {
            case WorkerStep.WorkerStart:
                WorkerStart(a);
                break;
            case WorkerStep.FuncStart:
                FuncStart(a, a.Request!, a.Request!.Container!);
                break;
            case WorkerStep.CpuDone:
                CpuDone(a);
                break;
            case WorkerStep.FuncEnd:
                FuncEnd(a);
                break;
            case WorkerStep.TimeLimit:
                Kill(a);
                break;
            case WorkerStep.Killed:
                break; // an event of the function it had before it was killed
            default:
                WorkerEnd(a, a.Request!.Container!);
                break;
        }
    }

    private void WorkerStart(Activation a)
    {
        if (a.Lost)
        {
            return; // its invoker crashed
        }

        a.WorkerStarted = true;
        a.WorkerStart = _sim.Now;
        platform.Client.WorkerStarted(a);
        a.Step = WorkerStep.FuncStart;
        _sim.Schedule(platform.Latencies.FuncStart.Next(), a);
    }

    private void FuncStart(Activation a, RunRequest request, Container container)
    {
        if (a.Lost)
        {
            return;
        }

        a.FuncStart = _sim.Now;
        if (a.Job.Request.Phases.Count > 0)
        {
            platform.Phases.Run(a, request, container, () => FuncEnd(a)); // compute and exchange phases (Simulator/Network)
            return;
        }

        var work = a.Work;
        double slow = platform.Faults?.Slowdown(container.Invoker, _sim.Now) ?? 1.0;
        double cpu = work.CpuSeconds * slow;
        double wait = (work.WaitSeconds + platform.Latencies.CallOverhead.NextSeconds()) * slow;
        if (work.NeedsStorageClient)
        {
            var fb = platform.Parameters.FaaSBatch;
            bool shares = platform.Path.SharesStorageClient;
            if (shares && container.HasSharedClient)
            {
                wait += fb.ClientReuseS; // the container's client already exists
            }
            else
            {
                cpu += fb.ClientCreateS; // a new client per invocation (or the batch's first, which then shares it)
                container.HasSharedClient = shares;
            }
        }

        var waitSpan = SimSpan.FromSeconds(wait);
        var limit = TimeLimit(a, request);
        if (cpu <= 0 || request.ExclusiveCpus > 0)
        {
            // Its length is known now (no CPU contention): past the limit it is killed there, and nothing else is scheduled.
            if (_sim.Now + SimSpan.FromSeconds(cpu) + waitSpan > limit)
            {
                a.Step = WorkerStep.TimeLimit;
                _sim.ScheduleAt(limit, a);
            }
            else if (cpu <= 0)
            {
                AfterCpu(a, waitSpan);
            }
            else
            {
                container.Invoker.Cpu.ExclusiveWorkStarted();
                a.HoldWait(waitSpan);
                _sim.Schedule(SimSpan.FromSeconds(cpu), a); // a dedicated core: no contention
            }
        }
        else
        {
            // cpu-shares: max(1024 x memory / userMemory, 2) (OpenWhisk), shared by the invocations of one container.
            double shares = Math.Max(1024.0 * container.MemoryMb / container.Invoker.Spec.UserMemoryMb, 2.0);
            var task = container.Invoker.Cpu.Start(cpu, shares / request.Processes, () => AfterCpu(a, waitSpan));
            // How long it takes depends on the other containers' work: a watchdog at the limit kills it if it is still running.
            _sim.ScheduleAt(limit, () =>
            {
                if (!a.Lost && (a.Step == WorkerStep.FuncStart || a.Step == WorkerStep.FuncEnd))
                {
                    container.Invoker.Cpu.Cancel(task);
                    Kill(a);
                }
            });
        }
    }

    /// <summary>
    /// When the function is killed if it has not returned: Lithops' handler joins the function's process for the execution
    /// timeout from the worker's start (worker/handler.py), OpenWhisk ends the /run at the action's time limit
    /// (runtime_timeout); whichever comes first. Lithops keeps the execution timeout at least 5 s below runtime_timeout,
    /// so the handler's comes first unless the worker took over 5 s to start.
    /// </summary>
    private SimTime TimeLimit(Activation a, RunRequest request)
    {
        var r = platform.Parameters.Recovery;
        // A chunk's call that a process takes after OpenWhisk's limit has passed is killed at once (its /run is over).
        return SimTime.Max(_sim.Now, SimTime.Min(a.WorkerStart + SimSpan.FromSeconds(r.ExecutionTimeout), request.RunStart + SimSpan.FromSeconds(r.RuntimeTimeoutS)));
    }

    /// <summary>
    /// The function reached its time limit. Lithops' handler kills it, writes its status with the TimeoutError ("Function
    /// exceeded maximum time of N seconds and was killed") and the worker ends; the monitor fails the call when it reads the
    /// status. If OpenWhisk's action limit came first, the /run ends with a developer error and no status: the container
    /// is destroyed and the monitor fails the call at worker_start + execution timeout + 5 s.
    /// </summary>
    private void Kill(Activation a)
    {
        var request = a.Request!;
        var container = request.Container!;
        var r = platform.Parameters.Recovery;
        a.TimedOut = true;
        a.Step = WorkerStep.Killed;
        a.FuncEnd = _sim.Now;
        bool byHandler = _sim.Now == a.WorkerStart + SimSpan.FromSeconds(r.ExecutionTimeout);
        if (byHandler)
        {
            _sim.Schedule(platform.Latencies.WorkerEnd.Next(), () =>
            {
                if (!a.Lost)
                {
                    a.WorkerEnd = _sim.Now;
                    platform.Client.WorkerTimedOut(a, _sim.Now);
                    WorkerDone(a, container);
                }
            });
            return;
        }

        request.TimedOut = true;
        a.WorkerEnd = _sim.Now;
        platform.Client.WorkerTimedOut(a, a.WorkerStart + SimSpan.FromSeconds(r.ExecutionTimeout + r.TimeoutGraceS));
        WorkerDone(a, container);
    }

    /// <summary>
    /// A worker of the container's request ended (returned or was killed): its process takes the chunk's next call if one
    /// waits; the last one ends the request, which is billed from /run to now.
    /// </summary>
    private void WorkerDone(Activation a, Container container)
    {
        var request = a.Request!;
        if (request.NextQueued < request.Activations.Count)
        {
            // The process is free: it takes the chunk's next call and stamps its worker_start (handler.py python_queue_consumer).
            var next = request.Activations[request.NextQueued++];
            next.Step = WorkerStep.WorkerStart;
            _sim.Schedule(SimSpan.Zero, next);
        }

        if (--container.RunningWorkers == 0)
        {
            platform.Ledger.Invocation(request.RunStart, _sim.Now, request.MemoryMb);
            container.Invoker.Finished(container.Current!, container);
        }
    }

    /// <summary>The CPU work on a dedicated core is done; a fault may have lost the worker meanwhile (its pending wait is gone then).</summary>
    private void CpuDone(Activation a)
    {
        a.Invoker!.Cpu.ExclusiveWorkEnded(); // its core is free at the planned end even if a fault lost the worker (a crash halts the CPUs first)
        if (a.Lost)
        {
            return;
        }

        AfterCpu(a, a.TakeWait());
    }

    private void AfterCpu(Activation a, SimSpan wait)
    {
        a.Step = WorkerStep.FuncEnd;
        _sim.Schedule(wait, a);
    }

    private void FuncEnd(Activation a)
    {
        if (a.Lost)
        {
            return;
        }

        a.FuncEnd = _sim.Now;
        a.Step = WorkerStep.WorkerEnd;
        _sim.Schedule(platform.Latencies.WorkerEnd.Next(), a);
    }

    private void WorkerEnd(Activation a, Container container)
    {
        if (a.Lost)
        {
            return; // its invoker crashed
        }

        a.WorkerEnd = _sim.Now;
        platform.Client.WorkerEnded(a);
        WorkerDone(a, container);
    }
}
