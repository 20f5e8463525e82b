using Burstsim.Results.Csv;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Tests.Csv;

/// <summary>Activation records and contexts built by hand, with every required property set.</summary>
internal static class SampleActivations
{
    public static RunContext Context(string policy = "burst/homogeneous", int replication = 0) =>
        new("paper-48", policy, "6", replication, Seed: 42);

    /// <summary>A record whose instants are seconds from the epoch; the host side is derived from <paramref name="create"/>.</summary>
    public static ActivationRecord Record(
        int id,
        double create = 0,
        double start = 1,
        double funcStart = 1.1,
        double funcEnd = 6.1,
        double end = 6.2,
        string invoker = "invoker0",
        string container = "container0",
        bool cold = true) => new()
        {
            FunctionId = id,
            Invoker = invoker,
            Container = container,
            ColdStart = cold,
            HostJobCreate = SimTime.FromSeconds(create),
            HostSubmit = SimTime.FromSeconds(create + 0.08),
            HostStatusDone = SimTime.FromSeconds(end + 1),
            HostResultDone = SimTime.FromSeconds(end + 1.2),
            WorkerStart = SimTime.FromSeconds(start),
            WorkerFuncStart = SimTime.FromSeconds(funcStart),
            WorkerFuncEnd = SimTime.FromSeconds(funcEnd),
            WorkerEnd = SimTime.FromSeconds(end),
        };

    /// <summary>A record with every column set to a distinct, hand-checkable value.</summary>
    public static ActivationRecord Full() => new()
    {
        FunctionId = 7,
        JobId = 2,
        Tenant = "guest",
        Invoker = "invoker3",
        Container = "container12",
        ColdStart = true,
        HostJobCreate = new SimTime(1_000_000),
        HostJobSerializeTime = new SimSpan(6_003),
        FuncDataSizeBytes = 1008,
        FuncModuleSizeBytes = 751,
        HostFuncUploadTime = new SimSpan(74_885),
        HostDataUploadTime = SimSpan.Zero,
        HostJobCreatedTime = new SimSpan(81_426),
        HostSubmit = new SimTime(1_082_000),
        HostStatusDone = new SimTime(10_141_765),
        HostStatusQueryCount = 1,
        HostResultDone = new SimTime(10_158_474),
        HostResultQueryCount = 0,
        WorkerStart = new SimTime(3_496_652),
        WorkerFuncStart = new SimTime(3_562_968),
        WorkerFuncEnd = new SimTime(8_565_864),
        WorkerEnd = new SimTime(8_568_723),
        WorkerResultUploadTime = new SimSpan(2_500),
        WorkerPeakMemoryStart = 65_769_472,
        WorkerPeakMemoryEnd = 66_826_240,
        FuncResultSize = 5.0,
        QueueTime = new SimSpan(250_000),
        ColdStartTime = new SimSpan(1_250_001),
        ComputeTime = SimSpan.FromSeconds(4.0),
        CommTime = SimSpan.FromSeconds(0.75),
        SyncTime = SimSpan.FromSeconds(0.25),
    };
}
