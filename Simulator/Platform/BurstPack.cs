namespace Burstsim.Simulator.Platform;

/// <summary>One line of a burst's layout (burst_info.json): workers [First, Last] ran in this container on this invoker.</summary>
public sealed record BurstPack(int JobId, string Invoker, string Container, int FirstWorker, int LastWorker);
