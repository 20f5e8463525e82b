using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// What is loaded ahead of the next invocation, and when: called when an idle container was removed by its keep-alive
/// (not when evicted for memory). A decision makes a fresh container of the same action load on the same invoker
/// <see cref="PrewarmDecision.After"/> later, if its pool has the memory then, and keeps it for
/// <see cref="PrewarmDecision.KeepFor"/> (Shahrad et al., ATC'20: unload after the call, pre-warm before the next).
/// OpenWhisk's own prewarmed stem cells (platform.invoker.stem_cells) are independent of this policy.
/// </summary>
public interface IPrewarmPolicy
{
    /// <summary>Whether and when to load <paramref name="removed"/>'s action again; null for not.</summary>
    PrewarmDecision? AfterRemoval(IdleContainer removed);
}
