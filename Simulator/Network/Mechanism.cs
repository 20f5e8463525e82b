namespace Burstsim.Simulator.Network;

/// <summary>How the functions of a job can reach each other.</summary>
internal enum Mechanism
{
    /// <summary>Burst: processes of one container through the OS, containers through the broker (thesis 4.1.2).</summary>
    BurstMiddleware,

    /// <summary>Classic and FaaSBatch: no direct path; objects written to and read from object storage (Lithops with S3/COS).</summary>
    ObjectStorage,
}
