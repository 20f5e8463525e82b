using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// Google Cloud Functions triggered through Pub/Sub, as Lithops' gcp_functions backend deploys them (trigger
/// 'pub/sub'): each call is a message on the function's topic; Pub/Sub pushes messages to the function under its push
/// window's slow start (Pub/Sub docs, "Push subscriptions"), and a message is acknowledged when the function returns.
/// A pushed message goes to a free warm instance, or to a new one while the function has fewer than max instances
/// (Cloud Functions docs, "Configure max instances"); with none to take it the push fails and the window shrinks.
/// Each instance takes one request at a time (1st gen), or up to the concurrency setting (2nd gen, Cloud Run).
/// </summary>
internal sealed class GcpFunctionsService : ProviderService
{
    private readonly GcpFunctionsProvider _provider;
    private readonly GcpFunctionsParameters _p;
    private readonly PushWindow _window;
    private readonly Queue<CloudCall> _backlog = new();
    private readonly LatencyStream _publish;
    private readonly LatencyStream _push;
    private readonly LatencyStream _create;
    private readonly LatencyStream _init;

    public GcpFunctionsService(CloudRun run, GcpFunctionsProvider provider, GcpFunctionsParameters parameters)
        : base(run)
    {
        _provider = provider;
        _p = parameters;
        _window = new PushWindow(parameters.PushWindowInitial);
        _publish = run.Open("gcp_functions.publish_s", parameters.PublishS);
        _push = run.Open("gcp_functions.push_delivery_s", parameters.PushDeliveryS);
        _create = run.Open("gcp_functions.instance_create_s", parameters.InstanceCreateS);
        _init = run.Open("gcp_functions.init_cpu_s", parameters.InitCpuS);
    }

    public override int InvokePoolThreads => _p.InvokePoolThreads;

    public override int MaxWorkers => _p.MaxWorkers;

    public override SimSpan ClientRequest() => _publish.Next();

    public override void Accept(CloudCall call)
    {
        _backlog.Enqueue(call);
        PushMore();
    }

    public override void Finished(CloudCall call)
    {
        _window.Acked();
        PushMore();
    }

    private void PushMore()
    {
        while (_window.HasRoom && _backlog.Count > 0)
        {
            var call = _backlog.Dequeue();
            _window.Push();
            Run.Sim.Schedule(_push.Next(), () => Deliver(call));
        }
    }

    private void Deliver(CloudCall call)
    {
        var now = Run.Sim.Now;
        if (Run.Pool.TakeWarm(now) is { } warm)
        {
            Run.Run(call, warm, cold: false, SimSpan.Zero, SimSpan.Zero);
            return;
        }

        if (Run.Pool.LiveAt(now) < _provider.MaxInstances)
        {
            var env = Run.Pool.Create(now, _provider.Concurrency);
            var init = SimSpan.FromSeconds(_init.NextSeconds() / _provider.CpuShare);
            var cold = _create.Next() + SimSpan.FromSeconds(_p.PackageMb * _p.CodeLoadSPerMb) + init;
            Run.Run(call, env, cold: true, cold, _provider.Generation == 2 ? cold : SimSpan.Zero);
            return;
        }

        // No instance can take it: the push fails (429), the window halves and the message waits at the head of the backlog.
        call.Throttles++;
        Run.Throttled++;
        _window.Failed();
        var rest = _backlog.ToArray();
        _backlog.Clear();
        _backlog.Enqueue(call);
        foreach (var c in rest)
        {
            _backlog.Enqueue(c);
        }

        if (_window.Outstanding == 0)
        {
            // Nothing in flight to acknowledge: Pub/Sub redelivers after its minimum backoff (10 s by default).
            Run.Sim.Schedule(SimSpan.FromSeconds(10), PushMore);
        }
    }
}
