using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// One run on a public provider: the Lithops client sends one call per function to the provider's service, which
/// hands each to an execution environment (warm if one is free, else a cold one when its limits allow); the Lithops
/// worker runs in it as on OpenWhisk, its CPU-bound steps at the environment's CPU share.
/// </summary>
internal sealed class CloudRun
{
    private readonly RandomStreams _streams;
    private readonly PlatformParameters _p;
    private double _billedSeconds;
    private long _invocations;
    private SimTime _lastWorkerEnd;

    private CloudRun(RunSetup setup, CloudProvider provider, IActivationSink sink, RandomStreams streams)
    {
        _p = setup.Parameters;
        _streams = streams;
        Provider = provider;
        Sink = sink;
        Sim = new Simulation(4096);
        Pool = new EnvironmentPool(provider.IdleLifetime);
        WorkerSetup = Open("runtime.worker_setup_s", _p.Runtime.WorkerSetupS);
        FuncStart = Open("runtime.func_start_s", _p.Runtime.FuncStartS);
        CallOverhead = Open("runtime.call_overhead_s", _p.Runtime.CallOverheadS);
        WorkerEnd = Open("runtime.worker_end_s", _p.Runtime.WorkerEndS);
        Service = provider.CreateService(this);
        Client = new CloudClient(this, _p);
    }

    public Simulation Sim { get; }
    public CloudProvider Provider { get; }
    public IActivationSink Sink { get; }
    public EnvironmentPool Pool { get; }
    public ProviderService Service { get; }
    public CloudClient Client { get; }
    private LatencyStream WorkerSetup { get; }
    private LatencyStream FuncStart { get; }
    private LatencyStream CallOverhead { get; }
    private LatencyStream WorkerEnd { get; }

    /// <summary>Calls the provider could not place at once (Lambda throttles, Pub/Sub push failures).</summary>
    public long Throttled { get; set; }

    /// <summary>A latency drawn from its own stream ("latency." + name), the median alone when variability is off.</summary>
    public LatencyStream Open(string name, Latency latency) =>
        new(_p.Variability ? latency : latency with { Spread = 0 }, _streams.Open("latency." + name));

    /// <summary>Runs <paramref name="setup"/> on the provider <paramref name="factory"/> makes with <paramref name="options"/>.</summary>
    public static RunOutcome Execute(RunSetup setup, ProviderFactory factory, Scheduling.PolicyOptions options, IActivationSink sink)
    {
        var streams = new RandomStreams(setup.Seed);
        var jobs = setup.Workload.Jobs(streams, setup.Parameters.Runtime.RuntimeMemoryMb);
        var provider = factory.Create(options, ProviderFactory.MemoryOf(options, jobs), setup.Parameters);
        var run = new CloudRun(setup, provider, sink, streams);
        sink.Expect(jobs.Sum(j => (long)j.Functions));
        run.Service.Prepare(SimTime.Zero);
        foreach (var job in jobs)
        {
            run.Sim.ScheduleAt(job.Arrival, () => run.Client.StartJob(job));
        }

        var cancellation = setup.Cancellation;
        run.Sim.RunUntil(() =>
        {
            cancellation.ThrowIfCancellationRequested(); // Ctrl-C stops a provider run as it stops a cluster run
            return run.Client.JobsComplete == jobs.Count;
        });
        double first = jobs.Count == 0 ? 0 : jobs.Min(j => j.Arrival.Seconds);
        double span = Math.Max(0, run._lastWorkerEnd.Seconds - first);
        var bill = provider.Bill(run._invocations, run._billedSeconds, span);
        return new RunOutcome
        {
            Events = run.Sim.Processed,
            SimulatedSeconds = run.Sim.Now.Seconds,
            FunctionsReported = run.Client.Reported,
            ContainersCreated = run.Pool.Created,
            Throttled = run.Throttled,
            FinalInventory = [.. setup.Cluster.Invokers.Select(i => i.Cpus)], // the cluster is not used: nothing held
            BurstLayout = [],
            Errors = [],
            FunctionsRequested = jobs.Sum(j => (long)j.Functions),
            Usage = new ResourceUsage(run.Pool.LifeSeconds(run._lastWorkerEnd), bill.MemoryGbSeconds * 1024.0, 0, bill.Requests, run._lastWorkerEnd.Seconds),
            Bill = bill,
        };
    }

    /// <summary>
    /// <paramref name="env"/> takes <paramref name="call"/> now; a cold one first spends <paramref name="coldStart"/>
    /// (environment creation, code load, runtime init). Then the Lithops worker: handler start and the function's
    /// download (I/O), the worker's CPU-bound setup at the CPU share, the body, the result upload.
    /// </summary>
    public void Run(CloudCall call, ExecutionEnvironment env, bool cold, SimSpan coldStart, SimSpan billedInit)
    {
        double share = Provider.CpuShare;
        call.Environment = env;
        call.Cold = cold;
        call.Assigned = Sim.Now;
        call.Ready = Sim.Now + coldStart;
        call.InitTime = billedInit;
        call.WorkerStart = call.Ready + WorkerSetup.Next();
        call.FuncStart = call.WorkerStart + SimSpan.FromSeconds(FuncStart.NextSeconds() / share);
        _invocations++;
        if (call.IsRemoteInvoker)
        {
            Sim.ScheduleAt(call.FuncStart, () => Client.RemoteInvokerStarted(call));
            return;
        }

        double body = (call.Work.CpuSeconds / share) + call.Work.WaitSeconds + CallOverhead.NextSeconds();
        call.FuncEnd = call.FuncStart + SimSpan.FromSeconds(body);
        call.WorkerEnd = call.FuncEnd + WorkerEnd.Next();
        Sim.ScheduleAt(call.WorkerEnd, () => Ended(call));
    }

    /// <summary>The remote invoker's function returns: its environment is freed after the worker's end step.</summary>
    public void RemoteInvokerReturned(CloudCall invoker)
    {
        invoker.FuncEnd = Sim.Now;
        invoker.WorkerEnd = Sim.Now + WorkerEnd.Next();
        Sim.ScheduleAt(invoker.WorkerEnd, () => Ended(invoker));
    }

    private void Ended(CloudCall call)
    {
        var env = call.Environment!;
        Pool.Release(env, Sim.Now);
        if (!Provider.BillsInstanceBusyTime)
        {
            _billedSeconds += Provider.BilledSeconds(call);
        }
        else if (env.Busy == 0)
        {
            _billedSeconds += Provider.BilledBusySeconds((Sim.Now - env.BusySince).Seconds); // its busy period ended
        }
        _lastWorkerEnd = SimTime.Max(_lastWorkerEnd, Sim.Now);
        if (!call.IsRemoteInvoker)
        {
            Client.WorkerEnded(call);
        }

        Service.Finished(call);
    }

    /// <summary>The activation record of a finished call.</summary>
    public ActivationRecord Record(CloudCall c, SimTime statusDone, SimTime resultDone)
    {
        var job = c.Job;
        return new ActivationRecord
        {
            FunctionId = c.FunctionId,
            JobId = job.Request.JobId,
            Tenant = job.Request.Tenant,
            Function = job.Request.Function,
            Invoker = Provider.Name,
            Container = c.Environment?.Name ?? "(none)",
            ColdStart = c.Cold,
            HostJobCreate = job.HostJobCreate,
            HostJobSerializeTime = job.SerializeTime,
            HostFuncUploadTime = job.FuncUploadTime,
            HostDataUploadTime = job.DataUploadTime,
            HostJobCreatedTime = job.CreatedTime,
            HostSubmit = c.HostSubmit,
            HostStatusDone = statusDone,
            HostStatusQueryCount = 1,
            HostResultDone = resultDone,
            WorkerStart = c.WorkerStart,
            WorkerFuncStart = c.FuncStart,
            WorkerFuncEnd = c.FuncEnd,
            WorkerEnd = c.WorkerEnd,
            QueueTime = c.Assigned - c.Accepted,
            ColdStartTime = c.Ready - c.Assigned,
            ComputeTime = c.FuncEnd - c.FuncStart,
        };
    }
}
