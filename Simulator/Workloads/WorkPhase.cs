namespace Burstsim.Simulator.Workloads;

/// <summary>One step of a function's body: compute (<see cref="ComputePhase"/>) or exchange data with the other functions of its job (<see cref="ExchangePhase"/>).</summary>
public abstract record WorkPhase;
