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
        var p = platform.Parameters;
        double packSetup = request.ExclusiveCpus > 0 ? p.Runtime.PackSetupS : 0.0;
        var setup = SimSpan.FromSeconds(p.Invoker.RunRequestS + p.Runtime.WorkerSetupS + packSetup);
        var activations = request.Activations;
        for (int k = 0; k < activations.Count; k++)
        {
            var activation = activations[k];
            _sim.Schedule(setup + (request.ForkDelay * k), () => WorkerStart(activation, request, container));
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
        _sim.Schedule(SimSpan.FromSeconds(platform.Parameters.Runtime.FuncStartS), () => FuncStart(a, request, container));
    }

    private void FuncStart(Activation a, RunRequest request, Container container)
    {
        if (a.Lost)
        {
            return;
        }

        a.FuncStart = _sim.Now;
        double slow = platform.Faults?.Slowdown(container.Invoker, _sim.Now) ?? 1.0;
        double cpu = a.Work.CpuSeconds * slow;
        double wait = a.Work.WaitSeconds * slow;
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
        _sim.Schedule(SimSpan.FromSeconds(platform.Parameters.Runtime.WorkerEndS), () =>
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
