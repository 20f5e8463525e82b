using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Tests.Support;

/// <summary>Keeps every activation record a run emits, in emission order.</summary>
public sealed class RecordingSink : IActivationSink
{
    private readonly List<ActivationRecord> _records = [];

    public IReadOnlyList<ActivationRecord> Records => _records;

    public void Add(ActivationRecord record) => _records.Add(record);

    public IReadOnlyList<ActivationRecord> OfJob(int jobId) => _records.Where(r => r.JobId == jobId).OrderBy(r => r.FunctionId).ToArray();
}
