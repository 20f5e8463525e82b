using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Network;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Scheduling.FaaSBatch;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// How a placement family's work goes through the platform: whether the client sends calls one by one or one group
/// call, who places them, how group communication travels, where lost work goes. The platform asks the run's path and
/// never the policy's family; this is the one place that maps a family to its path.
/// </summary>
internal abstract class LaunchPath
{
    /// <summary>The path of <paramref name="policy"/>'s placement family, its policy made with <paramref name="context"/> (per controller for balancers).</summary>
    public static LaunchPath For(PolicySpec policy, IControllerPorts ports, BurstScheduler bursts, Func<PolicyFactory, int, PolicyContext> context)
    {
        var s = policy.Placement;
        return s.Factory switch
        {
            BalancerFactory b => new ClassicPath(i => b.Create(context(b, i), s.Options) ?? throw Null(b), ports, bursts.Invokers),
            PackPlacementFactory p => new BurstPath(bursts, p.Create(context(p, 0), s.Options) ?? throw Null(p)),
            BatchingFactory f => new BatchPath(new FaaSBatchDispatcher(ports, f.Create(context(f, 0), s.Options) ?? throw Null(f))),
            _ => throw new InvalidOperationException($"{s.Factory.GetType().FullName} is not a placement factory"),
        };
    }

    /// <summary>
    /// The run of a family whose path leaves the OpenWhisk cluster altogether (cloud: a public provider), or null for the
    /// cluster's families, which <see cref="For"/> maps.
    /// </summary>
    public static Func<IActivationSink, RunOutcome>? OffCluster(RunSetup setup) =>
        setup.Policy.Placement.Factory is Providers.ProviderFactory provider
            ? sink => Providers.CloudRun.Execute(setup, provider, setup.Policy.Placement.Options, sink)
            : null;

    /// <summary>Refuses lifecycle policies on a path that has no OpenWhisk containers for them to govern.</summary>
    /// <exception cref="InvalidSetupException">A keep-alive, prewarm or eviction policy with a cloud provider.</exception>
    public static void CheckLifecycle(PolicySpec policy)
    {
        if (policy.Placement.Factory is Providers.ProviderFactory && policy.Selections.Skip(1).FirstOrDefault() is { } lifecycle)
        {
            throw new InvalidSetupException($"'{lifecycle.Name}' governs OpenWhisk containers; under {policy.Placement.Name} the provider keeps its own environments (platform.aws_lambda.idle_lifetime_s, platform.gcp_functions.idle_lifetime_s): remove '+{lifecycle.Name}'");
        }
    }

    /// <summary>A factory that made nothing: a fault of the policy.</summary>
    internal static PolicyDecisionException Null(PolicyFactory factory) => new(factory.GetType(), $"{factory.GetType().FullName}.Create returned null");

    /// <summary>The client's submission of a created job: one call per function, or one group call.</summary>
    public abstract void Submit(JobRun job, LithopsClient client);

    /// <summary>The client's retries of failed calls of a round (Lithops re-maps their inputs): one call each, by default.</summary>
    public virtual void Resubmit(JobRun job, Activation[] retries, LithopsClient client)
    {
        foreach (var a in retries)
        {
            client.Resubmit(a);
        }
    }

    /// <summary>The job monitor returns a finished call's max_workers token (not for a group call, which took none).</summary>
    public virtual bool ReturnsTokens => true;

    /// <summary>The client packs calls into activations of map's chunksize (calls sent one by one through a balancer); group calls and FaaSBatch's own batching do not.</summary>
    public virtual bool ChunksCalls => false;

    /// <summary>Calls go to an action per user function (FaaSBatch) instead of Lithops' one action per runtime.</summary>
    public virtual bool ActionPerFunction => false;

    /// <summary>A container keeps one storage client for all its invocations (FaaSBatch's per-container client reuse).</summary>
    public virtual bool SharesStorageClient => false;

    /// <summary>How the functions of a job exchange data.</summary>
    public virtual Mechanism Exchange => Mechanism.ObjectStorage;

    /// <summary>Lost work goes back to the controller to be placed again (burst); otherwise the client's monitor times it out and retries.</summary>
    public virtual bool ControllerReplacesLost => false;

    /// <summary>Controller <paramref name="controller"/>'s placement of single calls.</summary>
    public abstract IAdmission Admission(int controller);

    /// <summary>A group call reached a controller.</summary>
    public virtual void AdmitGroup(PendingBurst burst) =>
        throw new InvalidOperationException("a group call reached a controller under a per-call policy");

    /// <summary>The family's keep-alive when no keep-alive policy is chosen.</summary>
    public virtual IKeepAlivePolicy DefaultKeepAlive(PlatformParameters parameters) =>
        new OpenWhiskKeepAlive(SimSpan.FromSeconds(parameters.Invoker.IdleTimeoutS));
}
