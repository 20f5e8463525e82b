using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>One tenant's Lithops process: its invoke thread pool and its interpreter lock.</summary>
internal sealed class TenantClient(int threads)
{
    public int FreeThreads { get; set; } = threads;

    /// <summary>
    /// Jobs with calls ready and tokens left but no free thread, oldest first: the pool's queue. A thread
    /// freed by any job serves them, so a job submitted while every thread sleeps in a 429 back-off is not forgotten.
    /// </summary>
    public Queue<JobRun> WaitingForThread { get; } = new();

    /// <summary>When the GIL is next free to prepare a call: calls leave one after another.</summary>
    public SimTime GilFreeAt { get; set; }
}
