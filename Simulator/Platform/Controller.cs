using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// One OpenWhisk controller: request latency, its namespace limits (HTTP 429), placement (its own
/// classic balancer with its 1/N share of every invoker's memory slots, the shared burst inventory,
/// or the FaaSBatch dispatcher), then one bus message per activation, pack or batch. nginx spreads the
/// calls over the controllers round robin (<see cref="OpenWhisk.Route"/>).
/// </summary>
internal sealed class Controller
{
    private readonly OpenWhisk _platform;
    private readonly Simulation _sim;
    private readonly IAdmission _admission;
    private readonly NamespaceLimits _limits;

    public Controller(OpenWhisk platform, int index, IAdmission admission)
    {
        _platform = platform;
        _sim = platform.Sim;
        _admission = admission;
        Index = index;
        var p = platform.Parameters.Controller;
        _limits = new NamespaceLimits(p.PerMinuteLimit, p.ConcurrentLimit, p.Controllers);
    }

    /// <summary>Controller number (0-based), as nginx's round robin visits them.</summary>
    public int Index { get; }

    /// <summary>This controller's placement of single calls (its classic balancer, or the FaaSBatch dispatcher).</summary>
    public IAdmission Admission => _admission;

    /// <summary>Calls this controller admitted whose completion ack has not arrived yet.</summary>
    public int ActiveCalls => _limits.Active;

    private ControllerParameters P => _platform.Parameters.Controller;

    /// <summary>A classic (or FaaSBatch) call arrives over HTTP.</summary>
    public void Invoke(Activation a) => _sim.Schedule(_platform.Latencies.Request.Next(), () => Admit(a));

    /// <summary>A burst call arrives over HTTP carrying all its inputs.</summary>
    public void InvokeBurst(PendingBurst burst) =>
        _sim.Schedule(_platform.Latencies.Request.Next(), () =>
        {
            if (!_platform.Bursts.AnyUsable)
            {
                _platform.ServiceUnavailable++;
                _platform.Client.ServiceUnavailable([.. burst.Take(burst.NextWorker, burst.Remaining)], heldThread: false);
                return;
            }

            _platform.History.Admitted(burst.Job.FullyQualifiedAction, burst.Workers, _sim.Now);
            _platform.Path.AdmitGroup(burst);
        });

    /// <summary>The completion ack of an activation this controller placed: frees its memory slots and its concurrency count.</summary>
    public void Acked(Activation a)
    {
        _admission.Acked(a);
        _limits.Completed(a.Job.Request.Tenant);
    }

    private void Admit(Activation a)
    {
        string tenant = a.Job.Request.Tenant;
        if (!_limits.TryAdmit(tenant, _sim.Now))
        {
            _platform.Throttled++;
            _platform.Client.Throttled(a);
            return;
        }

        if (!_platform.Bursts.AnyUsable)
        {
            // The load balancer finds no usable invoker (ShardingContainerPoolBalancer: "No invokers available"): HTTP 503.
            _limits.Completed(tenant);
            _platform.ServiceUnavailable++;
            _platform.Client.ServiceUnavailable([a], heldThread: true);
            return;
        }

        a.PlacedBy = this;
        _platform.Client.Accepted(a);
        _platform.Ledger.Requests++;
        _platform.History.Admitted(a.Job.FullyQualifiedAction, 1, _sim.Now);
        _admission.Admit(a);
    }
}
