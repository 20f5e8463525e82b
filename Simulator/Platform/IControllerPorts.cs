using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// What the controller-side placement mechanisms (the classic admission, the burst scheduler, the FaaSBatch dispatcher)
/// may do to the rest of the platform: send a request onto an invoker's topic, count it, record a pack's layout, report
/// to the client, and read the invokers' pools. The deployment implements it; nothing else of it is reachable from there.
/// </summary>
internal interface IControllerPorts
{
    Simulation Sim { get; }

    PlatformParameters Parameters { get; }

    /// <summary>Invokers in the cluster.</summary>
    int InvokerCount { get; }

    /// <summary>Produces <paramref name="request"/> onto invoker <paramref name="invoker"/>'s topic.</summary>
    void Send(int invoker, RunRequest request);

    /// <summary>One more call the controller accepted (the cost columns' request count).</summary>
    void CountRequest();

    /// <summary>A burst pack launched (burst_info.json's layout).</summary>
    void PackLaunched(BurstPackRecord record);

    /// <summary>The controller refused a whole job (burst_no_fit 'reject').</summary>
    void Rejected(JobRun job, string reason);

    /// <summary>Work the controller gave up on without a rejection (a re-run burst that can never fit): the reason goes to the run's errors.</summary>
    void GaveUp(string reason);

    /// <summary>An attempt ended without success; its row is emitted now.</summary>
    void AttemptFailed(Activation activation, ActivationStatus status);

    /// <summary>When <paramref name="action"/>'s most recently used idle container on <paramref name="invoker"/> went idle; null if it has none.</summary>
    SimTime? NewestIdle(int invoker, string action);

    /// <summary>Memory of <paramref name="invoker"/>'s pool not held by containers, MB (user memory less what containers hold).</summary>
    int PoolFreeMb(int invoker);

    /// <summary><paramref name="invoker"/>'s pool capacity (its userMemory), MB.</summary>
    int PoolCapacityMb(int invoker);
}
