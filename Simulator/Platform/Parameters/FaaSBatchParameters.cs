namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>FaaSBatch (dscLabJNU/FaaSBatch) defaults.</summary>
public sealed record FaaSBatchParameters
{
    /// <summary>Dispatch interval: pending invocations of a function form one batch this often. FaaSBatch default 0.2 s (swept 0.01-0.5 s).</summary>
    public double DispatchIntervalS { get; init; } = 0.2;

    /// <summary>Idle container keep time. FaaSBatch default 600 s.</summary>
    public double KeepTimeS { get; init; } = 600;

    /// <summary>Period of the cleanup pass that removes expired containers. FaaSBatch default 5 s.</summary>
    public double CleanupPeriodS { get; init; } = 5;

    /// <summary>Memory of a batch container. FaaSBatch default 256 MB.</summary>
    public int ContainerMemoryMb { get; init; } = 256;

    /// <summary>Creating a storage client inside a function without reuse. FaaSBatch measurement: about 2 s for 10 concurrent, i.e. 0.2 s of client CPU each.</summary>
    public double ClientCreateS { get; init; } = 0.2;

    /// <summary>Getting the container's shared client when reused. FaaSBatch measurement: 62 ms for 10 concurrent invocations.</summary>
    public double ClientReuseS { get; init; } = 0.0062;
}
