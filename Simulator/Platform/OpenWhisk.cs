using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>One simulated deployment: the components of a run and what they share.</summary>
internal sealed class OpenWhisk
{
    private int _containers;

    public OpenWhisk(Simulation sim, ClusterSpec cluster, PlatformParameters parameters, PolicySpec policy, RandomStreams streams, IActivationSink sink, FaultPlan? faults = null)
    {
        Sim = sim;
        Parameters = parameters;
        Streams = streams;
        Sink = sink;
        Invokers = cluster.Invokers.Select((spec, i) => new Invoker(this, i, spec)).ToArray();
        Bus = new MessageBus(sim, Invokers.Length, parameters.Bus.ProduceLatencyS, parameters.Bus.FetchLatencyS);
        Runtime = new LithopsRuntime(this);
        Client = new LithopsClient(this);
        Controller = new Controller(this, policy.Kind == PolicyKind.Classic ? CreateBalancer(policy.Balancer) : null);
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
    public IActivationSink Sink { get; }
    public Invoker[] Invokers { get; }
    public MessageBus Bus { get; }
    public LithopsRuntime Runtime { get; }
    public LithopsClient Client { get; }
    public Controller Controller { get; }
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

    private IInvokerBalancer CreateBalancer(string name)
    {
        var memory = Invokers.Select(i => i.Spec.UserMemoryMb).ToArray();
        var c = Parameters.Controller;
        return name switch
        {
            "sharding" => new ShardingBalancer(memory, c.Controllers, c.ManagedFraction, c.BlackboxFraction, blackbox: true, Streams.Open("balancer.forced")),
            "round-robin" => new RoundRobinBalancer(memory, c.Controllers),
            "least-loaded" => new LeastLoadedBalancer(memory, c.Controllers),
            "random" => new RandomBalancer(memory, c.Controllers, Streams.Open("balancer.random")),
            _ => throw new ArgumentException($"unknown balancer '{name}'", nameof(name)),
        };
    }
}
