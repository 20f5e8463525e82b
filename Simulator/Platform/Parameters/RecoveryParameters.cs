using Burstsim.Simulator.Faults;

namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>How the platform and the client notice and recover from faults. Sources in each property's comment.</summary>
public sealed record RecoveryParameters
{
    /// <summary>
    /// Lithops RetryingFunctionExecutor (lithops/retries.py): map(retries=None) falls back to the config key
    /// lithops.retries, default 0. A failed call is resubmitted while its failure count is at most this.
    /// </summary>
    public int Retries { get; init; }

    /// <summary>
    /// Lithops runtime_timeout of the OpenWhisk backend (DEFAULT_CONFIG_KEYS, 600 s): the job monitor
    /// (monitor.py _future_timeout_checker) fails a running call once worker_start + this + 5 s has passed.
    /// </summary>
    public double RuntimeTimeoutS { get; init; } = 600;

    /// <summary>monitor.py: the 5 s added to the execution timeout before a running call is declared failed.</summary>
    public double TimeoutGraceS { get; init; } = 5;

    /// <summary>OpenWhisk InvokerActor healthyTimeout (InvokerSupervision.scala): 10 s without a ping and the invoker goes Offline.</summary>
    public double HealthTimeoutS { get; init; } = 10;

    /// <summary>
    /// OpenWhisk completion-ack timeout: max(action time limit, 60 s) x 2 + 1 min = 180 s at the default 60 s limit.
    /// The controller forgets an activation whose message was lost after this long.
    /// </summary>
    public double CompletionAckTimeoutS { get; init; } = 180;

    /// <summary>What happens to burst workers lost to a fault. Default fail (the fork has no fault handling).</summary>
    public BurstOnCrash BurstOnCrash { get; init; } = BurstOnCrash.Fail;
}
