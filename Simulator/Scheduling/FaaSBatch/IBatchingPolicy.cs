using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary>
/// FaaSBatch's dispatch rule: invocations wait in the controller until a dispatch; at each dispatch every function's
/// pending invocations form one batch that runs in one container (its most recently used idle one, else a new one on
/// the invoker with the most free pool memory).
/// </summary>
public interface IBatchingPolicy
{
    /// <summary>The next dispatch strictly after <paramref name="now"/>, when an invocation arrives with none scheduled.</summary>
    SimTime NextDispatch(SimTime now);
}
