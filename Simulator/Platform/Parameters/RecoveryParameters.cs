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
    /// The action's time limit, s: Lithops' runtime_timeout, which its OpenWhisk backend gives the action it deploys
    /// (lithops-burst openwhisk.py deploy_runtime: create_action(timeout = runtime_timeout x 1000 ms)). Default 300 s:
    /// lithops-burst serverless/backends/openwhisk/config.py DEFAULT_CONFIG_KEYS (its docs/compute_config/openwhisk.md
    /// still says 600 s; the code wins), also OpenWhisk's largest action limit, 5 min. OpenWhisk ends a /run that reaches it with a developer error ("the action exceeded its time limits",
    /// Container.scala) and its ContainerProxy destroys the container (an unsuccessful activation). Lithops caps the
    /// function's own execution timeout below it (<see cref="ExecutionTimeout"/>), so its handler normally kills the
    /// function first.
    /// </summary>
    public double RuntimeTimeoutS { get; init; } = 300;

    /// <summary>
    /// Lithops' execution timeout, s (map(timeout=...) or the config key lithops.execution_timeout); null: Lithops' default
    /// 1800 s (lithops constants.py EXECUTION_TIMEOUT_DEFAULT). The effective value is <see cref="ExecutionTimeout"/>.
    /// </summary>
    public double? ExecutionTimeoutS { get; init; }

    /// <summary>
    /// The function's execution timeout, s: <see cref="ExecutionTimeoutS"/> (default 1800) capped at runtime_timeout - 5
    /// (lithops job/job.py: "if job.execution_timeout >= job.runtime_timeout: job.execution_timeout = runtime_timeout - 5").
    /// The worker's handler (worker/handler.py) joins the function's process for this long from its start, then kills it
    /// and reports "Function exceeded maximum time of N seconds and was killed"; the job monitor (monitor.py
    /// _future_timeout_checker) fails a running call without a status once worker_start + this + 5 s has passed.
    /// </summary>
    public double ExecutionTimeout => Math.Min(ExecutionTimeoutS ?? 1800, RuntimeTimeoutS - TimeoutGraceS);

    /// <summary>monitor.py: the 5 s added to the execution timeout before a running call is declared failed (and job.py's margin below runtime_timeout).</summary>
    public double TimeoutGraceS { get; init; } = 5;

    /// <summary>OpenWhisk InvokerActor healthyTimeout (InvokerSupervision.scala): 10 s without a ping and the invoker goes Offline.</summary>
    public double HealthTimeoutS { get; init; } = 10;

    /// <summary>
    /// OpenWhisk's completion-ack timeout, s; null: derived from the action's time limit as OpenWhisk does
    /// (CommonLoadBalancer calculateCompletionAckTimeout: max(time limit, 60 s) x timeoutFactor 2 + timeoutAddon 1 min;
    /// 660 s at the default 300 s limit). The controller forgets an activation whose message was lost after this long.
    /// </summary>
    public double? CompletionAckTimeoutS { get; init; }

    /// <summary>The completion-ack timeout in force, s: <see cref="CompletionAckTimeoutS"/>, else max(runtime_timeout, 60) x 2 + 60.</summary>
    public double CompletionAckTimeout => CompletionAckTimeoutS ?? (Math.Max(RuntimeTimeoutS, 60) * 2) + 60;

    /// <summary>What happens to burst workers lost to a fault. Default fail (the fork has no fault handling).</summary>
    public BurstOnCrash BurstOnCrash { get; init; } = BurstOnCrash.Fail;
}
