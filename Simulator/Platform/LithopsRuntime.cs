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
        if (cpu <= 0)
        {
            AfterCpu(a, waitSpan);
        }
        else if (request.ExclusiveCpus > 0)
        {
            container.Invoker.Cpu.ExclusiveWorkStarted();
            a.HoldWait(waitSpan);
            _sim.Schedule(SimSpan.FromSeconds(cpu), a); // a dedicated core: no contention
        }
        else
        {
            // cpu-shares: max(1024 x memory / userMemory, 2) (OpenWhisk), shared by the invocations of one container.
            double shares = Math.Max(1024.0 * container.MemoryMb / container.Invoker.Spec.UserMemoryMb, 2.0);
            container.Invoker.Cpu.Start(cpu, shares / request.Processes, () => AfterCpu(a, waitSpan));
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
}
