namespace Burstsim.Scenarios.Bench;

/// <summary>One whole-model benchmark line: a policy simulating N functions, with its wall time and events.</summary>
public sealed record ModelBenchCase(string Case, int Functions, int Invokers, double WallSeconds, long Events, double SimulatedSeconds, long PeakWorkingSetMb);
