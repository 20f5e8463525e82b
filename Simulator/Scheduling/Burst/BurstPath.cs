using Burstsim.Simulator.Network;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>The burst fork: one group call per job; the shared burst scheduler places its packs with the run's placement.</summary>
internal sealed class BurstPath : LaunchPath
{
    private readonly BurstScheduler _bursts;

    public BurstPath(BurstScheduler bursts, IPackPlacement placement)
    {
        _bursts = bursts;
        _bursts.Placement = placement;
    }

    public override void Submit(JobRun job, LithopsClient client) => client.SubmitGroup(job);

    /// <summary>Failed workers go again as one new burst call: Lithops maps the failed inputs again with the same (burst) arguments.</summary>
    public override void Resubmit(JobRun job, Activation[] retries, LithopsClient client) => client.ResubmitGroup(job, retries);

    public override bool ReturnsTokens => false;

    public override Mechanism Exchange => Mechanism.BurstMiddleware;

    public override bool ControllerReplacesLost => true;

    public override IAdmission Admission(int controller) => new NoAdmission();

    public override void AdmitGroup(PendingBurst burst) => _bursts.Enqueue(burst);

    /// <summary>Burst runs admit no single calls.</summary>
    private sealed class NoAdmission : IAdmission
    {
        public void Admit(Activation activation) => throw new InvalidOperationException("a single call reached a controller under a burst policy");

        public void Acked(Activation activation)
        {
        }

        public void SetUsable(int invoker, bool usable)
        {
        }
    }
}
