using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// FaaSBatch's own pool (dscLabJNU/FaaSBatch): a container is kept for its keep time and expired ones are removed by a
/// cleanup pass every cleanup period, so removal waits for the next pass after expiry.
/// </summary>
/// <param name="keepTime">platform.faasbatch.keep_time_s.</param>
/// <param name="cleanupPeriod">platform.faasbatch.cleanup_period_s.</param>
internal sealed class FaaSBatchKeepAlive(SimSpan keepTime, SimSpan cleanupPeriod) : IKeepAlivePolicy
{
    public SimSpan KeepAlive(IdleContainer container)
    {
        long expires = (container.IdleSince + keepTime).Ticks;
        long period = Math.Max(1, cleanupPeriod.Ticks);
        return new SimTime((expires + period - 1) / period * period) - container.IdleSince;
    }
}
