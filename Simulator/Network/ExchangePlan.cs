namespace Burstsim.Simulator.Network;

/// <summary>The transfers of one collective: steps run one after another; each worker is done when the tasks it waits on are.</summary>
/// <param name="Steps">Tasks of each step; a step starts when the previous one has finished.</param>
/// <param name="WaitsOf">For each worker, the tasks it waits on (its sends handed off, its receives arrived).</param>
internal sealed record ExchangePlan(IReadOnlyList<IReadOnlyList<TransferTask>> Steps, IReadOnlyList<IReadOnlyList<TransferTask>> WaitsOf)
{
    /// <summary>Bytes the plan moves over all tasks.</summary>
    public double Bytes => Steps.Sum(s => s.Sum(t => t.Bytes));
}
