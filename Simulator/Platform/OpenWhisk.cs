using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Simulator.Platform;

/// <summary>One simulated deployment: the components of a run and what they share.</summary>
internal sealed class OpenWhisk : IControllerPorts
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
        Retries = new ClientRetries(this);
        Bursts = new BurstScheduler(this, cluster);
        Policy = policy;
        PolicyContext Context(PolicyFactory factory, int controller) => PolicyContexts.ForRun(factory, Bursts, sim, History, parameters, streams, controller);
        Path = LaunchPath.For(policy, this, Bursts, Context);
        Controllers = Enumerable.Range(0, parameters.Controller.Controllers)
            .Select(i => new Controller(this, i, Path.Admission(i)))
            .ToArray();
        KeepAlive = policy.KeepAlive is { Factory: KeepAliveFactory k } ka ? (k.Create(Context(k, 0), ka.Options) ?? throw LaunchPath.Null(k)) : Path.DefaultKeepAlive(parameters);
        Prewarm = policy.Prewarm is { Factory: PrewarmFactory pf } pw ? (pf.Create(Context(pf, 0), pw.Options) ?? throw LaunchPath.Null(pf)) : KeepAlive as IPrewarmPolicy;
        Eviction = policy.Eviction is { Factory: EvictionFactory ef } ev ? (ef.Create(Context(ef, 0), ev.Options) ?? throw LaunchPath.Null(ef)) : KeepAlive as IEvictionPolicy;

        if (faults is { IsEmpty: false })
        {
            Faults = new FaultInjector(this, faults);
            Bus.Drop = Faults.DropMessage;
            Health = new InvokerSupervision(this); // only faults make system errors or forced acks
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

    /// <summary>Lithops' handling of failed calls (time limits, lost calls): the monitor's detection and the retry rounds.</summary>
    public ClientRetries Retries { get; }
    /// <summary>The controllers behind nginx (OpenWhisk controller cluster).</summary>
    public Controller[] Controllers { get; }

    /// <summary>The first controller (the only one by default).</summary>
    public Controller Controller => Controllers[0];

    /// <summary>The burst placement state and invoker inventory shared by the controllers.</summary>
    public BurstScheduler Bursts { get; }

    /// <summary>The run's policies.</summary>
    public PolicySpec Policy { get; }

    /// <summary>How the run's placement family goes through the platform.</summary>
    public LaunchPath Path { get; }

    /// <summary>What the controllers have admitted, per action (policies read it).</summary>
    public InvocationHistory History { get; } = new();

    /// <summary>When an idle container goes.</summary>
    public IKeepAlivePolicy KeepAlive { get; }

    /// <summary>What is loaded ahead of calls; null: nothing beside the stem cells.</summary>
    public IPrewarmPolicy? Prewarm { get; }

    /// <summary>Which idle container goes when memory is short; null: least recently used (the pool's own order).</summary>
    public IEvictionPolicy? Eviction { get; }

    /// <summary>The controllers' view of invoker health from completions (null without faults: every invoker stays Healthy).</summary>
    public InvokerSupervision? Health { get; }

    /// <summary>HTTP 503 answers ("No invokers available"): calls or bursts that arrived when no invoker was usable.</summary>
    public long ServiceUnavailable { get; set; }

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

            Health?.Completed(request.InvokerIndex, request.StartFailed ? InvokerSupervision.Result.SystemError
                : request.AckForced ? InvokerSupervision.Result.Timeout : InvokerSupervision.Result.Success);

            if (request.ExclusiveCpus > 0)
            {
                request.ForgetActivations(); // a burst pack's layout record outlives it; its workers need not
            }
        });

    /// <summary>A pack container ended: its invoker reports the freed CPUs and memory after the report delay.</summary>
    public void PackReleased(Invoker invoker, int cpus, int memoryMb) =>
        Sim.Schedule(Latencies.InventoryReport.Next(), () => Bursts.Released(invoker.Index, cpus, memoryMb));

    PlatformParameters IControllerPorts.Parameters => Parameters;

    int IControllerPorts.InvokerCount => Invokers.Length;

    void IControllerPorts.Send(int invoker, RunRequest request)
    {
        request.InvokerIndex = invoker;
        Bus.Send(Invokers[invoker], request);
    }

    void IControllerPorts.CountRequest() => Ledger.Requests++;

    void IControllerPorts.PackLaunched(BurstPackRecord record) => Layout.Add(record);

    void IControllerPorts.Rejected(JobRun job, string reason) => Client.Rejected(job, reason);

    void IControllerPorts.GaveUp(string reason) => Errors.Add(reason);

    void IControllerPorts.AttemptFailed(Activation activation, ActivationStatus status) => Client.AttemptFailed(activation, status);

    SimTime? IControllerPorts.NewestIdle(int invoker, string action) => Invokers[invoker].Pool.PeekIdle(action)?.LastUsed;

    int IControllerPorts.PoolFreeMb(int invoker) => Invokers[invoker].Pool.CapacityMb - Invokers[invoker].Pool.UsedMb;

    int IControllerPorts.PoolCapacityMb(int invoker) => Invokers[invoker].Pool.CapacityMb;
}
