using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Tests.Support;

/// <summary>
/// Parameters with every latency written out, so timing tests assert against hand-worked numbers and
/// do not move when the calibrated defaults do. Round values; one path through the model:
/// job created 0.03 s after arrival, HTTP 0.01 s, controller 0.04 s, bus 0.008 s, docker run 0.1 s
/// serial + 0.2 s, /init 0.3 s, /run 0.005 s + worker setup 0.4 s (no extra pack setup), func start 0.08 s,
/// worker end 0.003 s, fork delay 0.01 s. The client's monitor keeps its defaults: nothing here asserts
/// on when results are collected beyond their order.
/// </summary>
internal static class HandWorked
{
    public const double JobCreatedS = 0.03;
    public const double HttpS = 0.01;
    public const double RequestS = 0.04;
    public const double BusS = 0.008;
    public const double SerialS = 0.1;
    public const double RunStartS = 0.2;
    public const double InitS = 0.3;
    public const double RunRequestS = 0.005;
    public const double WorkerSetupS = 0.4;
    public const double FuncStartS = 0.08;
    public const double WorkerEndS = 0.003;

    public static PlatformParameters Parameters { get; } = new()
    {
        // Hand-worked paths add up the medians as written: no run-level factor on them.
        RunLevelSpread = 0,
        Client = new ClientParameters
        {
            JobSerializeS = 0.01,
            FuncUploadS = 0.02,
            DataUploadS = 0.0,
            InvokePoolThreads = 500,
            MaxWorkers = 1000,
            PerCallSubmitS = 0.0,
            HttpOneWayS = HttpS,
            RetryOn429MaxS = 5,
        },
        Controller = new ControllerParameters
        {
            RequestLatencyS = RequestS,
            ConcurrentLimit = 100_000,
            PerMinuteLimit = 100_000,
            Controllers = 1,
            ManagedFraction = 0.9,
            BlackboxFraction = 1.0,
            InventoryReportDelayS = 0.01,
        },
        Bus = new BusParameters { ProduceLatencyS = 0.003, FetchLatencyS = 0.005, MaxPeekMemoryUnitMb = 128 },
        Invoker = new InvokerParameters
        {
            DockerParallelRuns = 10,
            DockerRunSerialS = SerialS,
            DockerRunStartS = RunStartS,
            PullBeforeRun = false,
            DockerPullS = 0.5,
            InitS = InitS,
            RunRequestS = RunRequestS,
            PauseGraceS = 10.0,
            UnpauseS = 0.01,
            IdleTimeoutS = 600.0,
            CompletionAckS = 0.008,
            StemCells = 0,
        },
        Runtime = new RuntimeParameters
        {
            WorkerSetupS = WorkerSetupS,
            PackSetupS = 0.0,
            FuncStartS = FuncStartS,
            WorkerEndS = WorkerEndS,
            ForkDelayS = 0.01,
            CallOverheadS = 0.0,
            RuntimeMemoryMb = 256,
            Image = "lithops-runtime:3.9",
        },
        FaaSBatch = new FaaSBatchParameters
        {
            DispatchIntervalS = 1.0,
            KeepTimeS = 600,
            CleanupPeriodS = 5,
            ContainerMemoryMb = 256,
            ClientCreateS = 0.2,
            ClientReuseS = 0.01,
        },
        BurstNoFit = BurstNoFit.Wait,
    };

    /// <summary>Instant a classic call's request reaches the invoker: arrival + job creation + HTTP + controller + bus.</summary>
    public static double AtInvokerS(double arrivalS) => arrivalS + JobCreatedS + HttpS + RequestS + BusS;

    /// <summary>/run to worker_start inside a ready container.</summary>
    public const double RunToWorkerStartS = RunRequestS + WorkerSetupS;
}
