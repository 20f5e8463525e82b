using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>OpenWhisk as it is: the client sends each function as a call; each controller's balancer places it.</summary>
internal sealed class ClassicPath(Func<int, IInvokerBalancer> balancer, IControllerPorts ports, IReadOnlyList<InvokerInfo> invokers) : LaunchPath
{
    public override void Submit(JobRun job, LithopsClient client) => client.SubmitCalls(job);

    public override bool ChunksCalls => true;

    public override IAdmission Admission(int controller) => new ClassicAdmission(balancer(controller), ports, invokers);
}
