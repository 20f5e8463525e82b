using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Network;

/// <summary>
/// Runs a phased function body inside the Lithops runtime: compute phases on the worker's CPU (exclusive in a
/// burst pack, cpu-shares in classic containers), exchange phases as collectives of the whole job. An exchange
/// starts when every function of the job has reached it (the wait is the function's sync time), then moves
/// its bytes over the fabric (the function's communication time).
/// </summary>
internal sealed class PhaseRunner(OpenWhisk platform)
{
    private readonly Dictionary<(JobRun Job, int Phase), Rendezvous> _waiting = [];
    private Fabric? _fabric;
    private FairShareNetwork? _network;

    /// <summary>The deployment's links, made on the first exchange.</summary>
    public Fabric Fabric => _fabric ??= new Fabric(platform.Parameters.Network);

    private FairShareNetwork Network => _network ??= new FairShareNetwork(platform.Sim);

    /// <summary>Runs <paramref name="a"/>'s phases in order, then <paramref name="done"/>.</summary>
    public void Run(Activation a, RunRequest request, Container container, Action done)
    {
        a.PathOrigin = a.WorkerStart;
        Next(a, request, container, 0, done);
    }

    private void Next(Activation a, RunRequest request, Container container, int phase, Action done)
    {
        var phases = a.Job.Request.Phases;
        if (phase == phases.Count)
        {
            done();
            return;
        }

        void Then() => Next(a, request, container, phase + 1, done);
        switch (phases[phase])
        {
            case ComputePhase c:
                Compute(a, request, container, c.CpuSeconds, Then);
                break;
            case ExchangePhase e:
                Arrive(a, container, phase, e, Then);
                break;
            default:
                throw new InvalidOperationException($"unknown phase {phases[phase]}");
        }
    }

    private void Compute(Activation a, RunRequest request, Container container, double cpuSeconds, Action then)
    {
        var sim = platform.Sim;
        var start = sim.Now;
        void Finish()
        {
            a.ComputeTime += sim.Now - start;
            a.PathCompute += sim.Now - start;
            then();
        }

        if (cpuSeconds <= 0)
        {
            Finish();
        }
        else if (request.ExclusiveCpus > 0)
        {
            var cpu = container.Invoker.Cpu;
            cpu.ExclusiveWorkStarted();
            sim.Schedule(SimSpan.FromSeconds(cpuSeconds), () =>
            {
                cpu.ExclusiveWorkEnded();
                Finish();
            }); // a dedicated core
        }
        else
        {
            // cpu-shares as LithopsRuntime gives them: max(1024 x memory / userMemory, 2), split among the container's invocations.
            double shares = Math.Max(1024.0 * container.MemoryMb / container.Invoker.Spec.UserMemoryMb, 2.0);
            container.Invoker.Cpu.Start(cpuSeconds, shares / request.Processes, Finish);
        }
    }

    private void Arrive(Activation a, Container container, int phase, ExchangePhase exchange, Action then)
    {
        var sim = platform.Sim;
        var key = (a.Job, phase);
        if (!_waiting.TryGetValue(key, out var meet))
        {
            meet = new Rendezvous(a.Job.Request.Functions);
            _waiting[key] = meet;
        }

        int w = a.FunctionId;
        meet.At[w] = new Endpoint(container.Invoker.Index, container.Invoker.Spec.Cpus, container.Id);
        meet.Arrived[w] = sim.Now;
        meet.Continue[w] = () =>
        {
            var start = meet.Arrived.Max();
            a.CommTime += sim.Now - start;
            a.SyncTime += start - meet.Arrived[w];

            // The critical path runs through the last arrival (who did not wait), then this function's comm.
            (a.PathOrigin, a.PathCompute, a.PathComm) = (meet.Last.Origin, meet.Last.Compute, meet.Last.Comm + (sim.Now - start));
            then();
        };
        if (++meet.Count < meet.At.Length)
        {
            return;
        }

        meet.Last = (a.PathOrigin, a.PathCompute, a.PathComm);

        _waiting.Remove(key);
        var mechanism = platform.Path.Exchange;
        var steps = PatternSteps.For(exchange.Pattern, exchange.BytesPerFunction, Leaders(meet.At, mechanism));
        var plan = ExchangePlanner.Plan(steps, meet.At, mechanism, Fabric);
        new ExchangeRun(sim, Network, plan, worker => meet.Continue[worker]()).Start();
    }

    /// <summary>The first worker of each container reduces for it under the burst middleware; alone otherwise.</summary>
    private static int[] Leaders(Endpoint[] at, Mechanism mechanism)
    {
        var leaders = new int[at.Length];
        var first = new Dictionary<int, int>();
        for (int i = 0; i < at.Length; i++)
        {
            leaders[i] = mechanism == Mechanism.BurstMiddleware && first.TryGetValue(at[i].Container, out int leader) ? leader : i;
            first.TryAdd(at[i].Container, i);
        }

        return leaders;
    }
}
