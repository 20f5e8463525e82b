using Burstsim.Simulator.Platform;

namespace Burstsim.Samples.BoundedLoad.Tests;

/// <summary>Keeps a run's records, for tests of small runs.</summary>
internal sealed class ListSink : IActivationSink
{
    public List<ActivationRecord> Records { get; } = [];

    public void Add(ActivationRecord record) => Records.Add(record);
}
