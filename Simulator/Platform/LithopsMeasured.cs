using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Lithops per-call statistics a real run records and the model does not simulate (payload sizes, memory
/// profile, result upload, result query count), held apart from <see cref="ActivationRecord"/> so that simulated
/// rows, which leave them all null, do not carry their 104 bytes. Immutable: records made with <c>with</c> share it.
/// Units: sizes and memory in bytes, the upload as a span.
/// </summary>
internal sealed record LithopsMeasured
{
    /// <summary>Every statistic null (the cell is empty).</summary>
    public static readonly LithopsMeasured None = new();

    public int? HostResultQueryCount { get; init; }

    public SimSpan? WorkerResultUploadTime { get; init; }

    public long? WorkerPeakMemoryStart { get; init; }

    public long? WorkerPeakMemoryEnd { get; init; }

    public long? FuncDataSizeBytes { get; init; }

    public long? FuncModuleSizeBytes { get; init; }

    public double? FuncResultSize { get; init; }
}
