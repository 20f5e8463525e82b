namespace Burstsim.Simulator.Platform;

/// <summary>The steps of a Lithops worker inside its container, in order (what an <see cref="Activation"/> does when it fires).</summary>
internal enum WorkerStep : byte
{
    /// <summary>The worker process starts (worker_start).</summary>
    WorkerStart,

    /// <summary>The function starts (worker_func_start).</summary>
    FuncStart,

    /// <summary>The function's CPU work is done; its waiting part follows.</summary>
    CpuDone,

    /// <summary>The function returns (worker_func_end).</summary>
    FuncEnd,

    /// <summary>The worker has uploaded its result and status (worker_end).</summary>
    WorkerEnd,

    /// <summary>The function reached its time limit before returning: it is killed now (a function whose length is known).</summary>
    TimeLimit,

    /// <summary>The function was killed at its time limit: an event still pending for it does nothing.</summary>
    Killed,
}
