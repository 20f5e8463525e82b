namespace Burstsim.Simulator.Workloads;

/// <summary>
/// A collective exchange among all functions of a job: each function contributes <see cref="BytesPerFunction"/>
/// bytes to <see cref="Pattern"/>. It starts once every function has reached it (the collective's rendezvous).
/// </summary>
public sealed record ExchangePhase(CommPattern Pattern, long BytesPerFunction) : WorkPhase;
