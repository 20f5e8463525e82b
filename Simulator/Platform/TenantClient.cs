using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>One tenant's Lithops process: its invoke thread pool and its interpreter lock.</summary>
internal sealed class TenantClient(int threads)
{
    public int FreeThreads { get; set; } = threads;

    /// <summary>When the GIL is next free to prepare a call: calls leave one after another.</summary>
    public SimTime GilFreeAt { get; set; }
}
