using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>One controller's balancer at work: place each call, hold its memory slots until the completion ack.</summary>
internal sealed class ClassicAdmission(IInvokerBalancer balancer, IControllerPorts ports, IReadOnlyList<InvokerInfo> invokers) : IAdmission
{
    /// <summary>The balancer (tests read its state).</summary>
    public IInvokerBalancer Balancer => balancer;

    public void Admit(Activation a)
    {
        int memory = a.Job.Request.MemoryMb;
        int invoker = balancer.Place(new ActivationInfo(a.Job.Request.Tenant, a.Job.FullyQualifiedAction, memory));
        if ((uint)invoker >= (uint)ports.InvokerCount)
        {
            throw new PolicyDecisionException(balancer.GetType(), $"the balancer placed an activation on invoker {invoker}, but the cluster has invokers 0..{ports.InvokerCount - 1}");
        }

        if (invokers[invoker].PoolRoomMb < memory)
        {
            // It would wait in that invoker's buffer forever (the run would end only at the clock limit).
            throw new PolicyDecisionException(balancer.GetType(), $"the balancer placed an activation of {memory} MB on {invokers[invoker].Name}, whose pool can never hold it ({invokers[invoker].PoolRoomMb} MB)");
        }

        a.SlotsHeld = memory;
        a.SlotsInvoker = invoker;
        ports.Send(invoker, new RunRequest(a.Job.FullyQualifiedAction, memory, a.Calls, 0, SimSpan.Zero)); // the call, or its whole chunk
    }

    public void Acked(Activation a)
    {
        if (a.SlotsHeld > 0)
        {
            balancer.Release(a.SlotsInvoker, new ActivationInfo(a.Job.Request.Tenant, a.Job.FullyQualifiedAction, a.SlotsHeld));
            a.SlotsHeld = 0;
        }
    }

    public void SetUsable(int invoker, bool usable) => balancer.SetUsable(invoker, usable);
}
