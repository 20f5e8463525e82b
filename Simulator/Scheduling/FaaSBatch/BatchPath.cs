using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary>FaaSBatch: calls sent one by one, batched per function by the dispatcher, in containers that share a storage client.</summary>
internal sealed class BatchPath(FaaSBatchDispatcher dispatcher) : LaunchPath
{
    public override void Submit(JobRun job, LithopsClient client) => client.SubmitCalls(job);

    public override bool ActionPerFunction => true;

    public override bool SharesStorageClient => true;

    public override IAdmission Admission(int controller) => new Batching(dispatcher);

    public override IKeepAlivePolicy DefaultKeepAlive(PlatformParameters parameters) =>
        new FaaSBatchKeepAlive(SimSpan.FromSeconds(parameters.FaaSBatch.KeepTimeS), SimSpan.FromSeconds(parameters.FaaSBatch.CleanupPeriodS));

    private sealed class Batching(FaaSBatchDispatcher dispatcher) : IAdmission
    {
        public void Admit(Activation activation) => dispatcher.Enqueue(activation);

        public void Acked(Activation activation)
        {
        }

        public void SetUsable(int invoker, bool usable)
        {
        }
    }
}
