namespace Burstsim.Simulator.Workloads;

/// <summary>CPU work of <see cref="CpuSeconds"/> on one dedicated core; stretches when classic containers oversubscribe an invoker's CPUs.</summary>
public sealed record ComputePhase(double CpuSeconds) : WorkPhase;
