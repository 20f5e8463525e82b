namespace Burstsim.Simulator.Platform;

/// <summary>
/// A sink that keeps every activation record in memory, in completion order: for tests and small programmatic runs
/// (a plug-in's tests run <see cref="PlatformRun.Execute"/> into one). Large runs should stream to a file instead.
/// </summary>
public sealed class ActivationList : IActivationSink
{
    private readonly List<ActivationRecord> _records = [];

    /// <summary>The records so far, in completion order.</summary>
    public IReadOnlyList<ActivationRecord> Records => _records;

    /// <inheritdoc/>
    public void Add(ActivationRecord record) => _records.Add(record);
}
