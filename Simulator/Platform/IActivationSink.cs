namespace Burstsim.Simulator.Platform;

/// <summary>
/// Receives activation records as the simulation produces them, so a million-function run streams
/// rows out instead of holding them. Records arrive in completion order, not function order.
/// </summary>
public interface IActivationSink
{
    /// <summary>Takes one function's record, when the client has its result.</summary>
    void Add(ActivationRecord record);

    /// <summary>
    /// Called once before the first record with the functions the run's jobs ask for, so a sink that keeps a
    /// value per function can cap its growth at that size instead of doubling past it (at ten million functions,
    /// 64 MB a column instead of 40). Retried attempts add rows beyond it. Ignoring it is correct.
    /// </summary>
    void Expect(long functions)
    {
    }
}
