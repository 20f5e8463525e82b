using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Lithops worker inside a container: on /run it starts one worker per activation (a burst pack
/// forks one process per worker, a small delay apart), each downloads its function, runs it, uploads
/// the result and writes its status for the client's monitor.
/// </summary>
internal sealed class LithopsRuntime(OpenWhisk platform)
{
    private readonly Simulation _sim = platform.Sim;

    public void Execute(RunRequest request, Container container)
    {
        var l = platform.Latencies;
        var setup = l.RunRequest.Next() + l.WorkerSetup.Next() + (request.ExclusiveCpus > 0 ? l.PackSetup.Next() : SimSpan.Zero);
        var activations = request.Activations;
        for (int k = 0; k < activations.Count; k++)
        {
            var activation = activations[k];
            _sim.Schedule(setup, () => WorkerStart(activation, request, container));
            if (request.ForkDelay > SimSpan.Zero)
            {
                setup += l.ForkDelay.Next(); // the pack's process pool forks its workers one after another
            }
        }
    }

    private void WorkerStart(Activation a, RunRequest request, Container container)
    {
        if (a.Lost)
        {
            return; // its invoker crashed
        }

        a.WorkerStarted = true;
        a.WorkerStart = _sim.Now;
        platform.Client.WorkerStarted(a);
        _sim.Schedule(platform.Latencies.FuncStart.Next(), () => FuncStart(a, request, container));
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
            platform.Phases.Run(a, request, container, () => FuncEnd(a, container)); // compute and exchange phases (Simulator/Network)
            return;
        }

        double slow = platform.Faults?.Slowdown(container.Invoker, _sim.Now) ?? 1.0;
        double cpu = a.Work.CpuSeconds * slow;
        double wait = (a.Work.WaitSeconds + platform.Latencies.CallOverhead.NextSeconds()) * slow;
        if (a.Work.NeedsStorageClient)
        {
            var fb = platform.Parameters.FaaSBatch;
            if (a.Job.Policy.Kind == PolicyKind.FaaSBatch && container.HasSharedClient)
            {
                wait += fb.ClientReuseS; // the container's client already exists
            }
            else
            {
                cpu += fb.ClientCreateS; // a new client per invocation (or the batch's first, which then shares it)
                container.HasSharedClient = a.Job.Policy.Kind == PolicyKind.FaaSBatch;
            }
        }

        Action afterCpu = () => _sim.Schedule(SimSpan.FromSeconds(wait), () => FuncEnd(a, container));
        if (cpu <= 0)
        {
            afterCpu();
        }
        else if (request.ExclusiveCpus > 0)
        {
            _sim.Schedule(SimSpan.FromSeconds(cpu), afterCpu); // a dedicated core: no contention
        }
        else
        {
            // cpu-shares: max(1024 x memory / userMemory, 2) (OpenWhisk), shared by the invocations of one container.
            double shares = Math.Max(1024.0 * container.MemoryMb / container.Invoker.Spec.UserMemoryMb, 2.0);
            container.Invoker.Cpu.Start(cpu, shares / request.Activations.Count, afterCpu);
        }
    }

    private void FuncEnd(Activation a, Container container)
    {
        if (a.Lost)
        {
            return;
        }

        a.FuncEnd = _sim.Now;
        _sim.Schedule(platform.Latencies.WorkerEnd.Next(), () =>
        {
            if (a.Lost)
            {
                return;
            }

            a.WorkerEnd = _sim.Now;
            platform.Client.WorkerEnded(a);
            if (--container.RunningWorkers == 0)
            {
                container.Invoker.Finished(container.Current!, container);
            }
        });
    }
}
