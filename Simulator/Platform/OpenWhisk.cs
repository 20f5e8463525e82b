using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>One simulated deployment: the components of a run and what they share.</summary>
internal sealed class OpenWhisk
{
    private int _containers;
    private int _nextController;

    public OpenWhisk(Simulation sim, ClusterSpec cluster, PlatformParameters parameters, PolicySpec policy, RandomStreams streams, IActivationSink sink, FaultPlan? faults = null)
    {
        Sim = sim;
        Parameters = parameters;
        Streams = streams;
        Sink = sink;
        Latencies = new Latencies(parameters, streams);
        Invokers = cluster.Invokers.Select((spec, i) => new Invoker(this, i, spec)).ToArray();
        Bus = new MessageBus(sim, Invokers.Length, Latencies.Produce, Latencies.Fetch);
        Runtime = new LithopsRuntime(this);
        Phases = new Network.PhaseRunner(this);
        Client = new LithopsClient(this);
        Bursts = new BurstScheduler(this);
        Controllers = Enumerable.Range(0, parameters.Controller.Controllers)
            .Select(i => new Controller(this, i, policy.Kind == PolicyKind.Classic ? CreateBalancer(policy.Balancer, i) : null))
            .ToArray();
        if (policy.Kind == PolicyKind.FaaSBatch)
        {
            Batch = new FaaSBatchDispatcher(this, policy.DispatchIntervalS ?? parameters.FaaSBatch.DispatchIntervalS);
        }

        if (faults is { IsEmpty: false })
        {
            Faults = new FaultInjector(this, faults);
            Bus.Drop = Faults.DropMessage;
        }
    }

    public Simulation Sim { get; }
    public PlatformParameters Parameters { get; }
    public RandomStreams Streams { get; }
    public Latencies Latencies { get; }
    public IActivationSink Sink { get; }
    public Invoker[] Invokers { get; }
    public MessageBus Bus { get; }
    public LithopsRuntime Runtime { get; }
    public Network.PhaseRunner Phases { get; }
    public LithopsClient Client { get; }
    /// <summary>The controllers behind nginx (OpenWhisk controller cluster).</summary>
    public Controller[] Controllers { get; }

    /// <summary>The first controller (the only one by default).</summary>
    public Controller Controller => Controllers[0];

    /// <summary>The burst placement state shared by the controllers.</summary>
    public BurstScheduler Bursts { get; }
    public FaaSBatchDispatcher? Batch { get; }

    /// <summary>The run's fault injection; null when the scenario has no faults (then nothing tracks what a crash would lose).</summary>
    public FaultInjector? Faults { get; }

    /// <summary>Container lives and CPU holds, for the cost columns.</summary>
    public ResourceLedger Ledger { get; } = new();
    public List<BurstPackRecord> Layout { get; } = [];
    public List<string> Errors { get; } = [];
    public long Throttled { get; set; }
    public long Started { get; set; }
    public int Reported { get; set; }

    public int ContainersCreated => _containers;

    public int NextContainerId() => _containers++;

    /// <summary>nginx in front of the controllers: every HTTP call goes to the next controller, round robin (nginx's default upstream balancing).</summary>
    public Controller Route()
    {
        var c = Controllers[_nextController];
        _nextController = (_nextController + 1) % Controllers.Length;
        return c;
    }

    /// <summary>An invoker finished a request: its completion acks reach the controllers that placed the activations.</summary>
    public void CompletionAcks(RunRequest request) =>
        Sim.Schedule(Latencies.CompletionAck.Next(), () =>
        {
            foreach (var a in request.Activations)
            {
                a.PlacedBy?.Acked(a);
            }

            if (request.ExclusiveCpus > 0)
            {
                request.ForgetActivations(); // a burst pack's layout record outlives it; its workers need not
            }
        });

    /// <summary>A pack container ended: its invoker reports the freed CPUs and memory after the report delay.</summary>
    public void PackReleased(Invoker invoker, int cpus, int memoryMb) =>
        Sim.Schedule(Latencies.InventoryReport.Next(), () => Bursts.Released(invoker.Index, cpus, memoryMb));

    /// <summary>Each controller has its own balancer; the streams are per controller so adding one shifts no other draws.</summary>
    private IInvokerBalancer CreateBalancer(string name, int controller)
    {
        string suffix = controller == 0 ? string.Empty : $".{controller}";
        var memory = Invokers.Select(i => i.Spec.UserMemoryMb).ToArray();
        var c = Parameters.Controller;
        int least = Invoker.StemCellsLeastMb(Parameters.Invoker);
        var room = Invokers.Select(i => i.Spec.UserMemoryMb - least).ToArray();
        return name switch
        {
            "sharding" => new ShardingBalancer(memory, c.Controllers, c.ManagedFraction, c.BlackboxFraction, blackbox: true, Streams.Open("balancer.forced" + suffix), room),
            "round-robin" => new RoundRobinBalancer(memory, c.Controllers, room),
            "least-loaded" => new LeastLoadedBalancer(memory, c.Controllers, room),
            "random" => new RandomBalancer(memory, c.Controllers, Streams.Open("balancer.random" + suffix), room),
            _ => throw new ArgumentException($"unknown balancer '{name}'", nameof(name)),
        };
    }
}
