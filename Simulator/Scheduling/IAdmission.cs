using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling;

/// <summary>One controller's placement of the calls it admitted (classic, FaaSBatch): the launch path's per-controller half.</summary>
internal interface IAdmission
{
    /// <summary>Place <paramref name="activation"/> (admitted, counted) and send it on.</summary>
    void Admit(Activation activation);

    /// <summary>Its completion ack arrived.</summary>
    void Acked(Activation activation);

    /// <summary>The invoker went Offline (false) or came back.</summary>
    void SetUsable(int invoker, bool usable);
}
