namespace Burstsim.Simulator.Platform;

/// <summary>A pack as launched; its container name is known once the invoker creates it.</summary>
internal sealed record BurstPackRecord(int JobId, string Invoker, int FirstWorker, int LastWorker, RunRequest Request)
{
    public BurstPack ToPublic() => new(JobId, Invoker, Request.Container?.Name ?? "(not started)", FirstWorker, LastWorker);
}
