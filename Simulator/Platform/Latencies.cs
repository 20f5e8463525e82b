using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// Every latency of one simulated deployment, each drawn from its own random stream named after its
/// parameter ("latency.invoker.init_s"), so classic and burst runs of one seed, and calibration runs
/// that move one parameter, keep the other draws (common random numbers). With variability off every
/// draw is the median.
/// </summary>
internal sealed class Latencies
{
    public Latencies(PlatformParameters p, RandomStreams streams)
    {
        LatencyStream Open(string name, Latency latency) =>
            new(p.Variability ? latency : latency with { Spread = 0 }, streams.Open("latency." + name));

        // One factor for the whole run on every platform-side median (PlatformParameters.RunLevelSpread).
        double runLevel = p.Variability && p.RunLevelSpread > 0
            ? Math.Exp(p.RunLevelSpread * MathNet.Numerics.Distributions.Normal.Sample(streams.Open("run-level"), 0, 1))
            : 1;
        LatencyStream Platform(string name, Latency latency) => Open(name, latency with { MedianS = latency.MedianS * runLevel });

        JobSerialize = Open("client.job_serialize_s", p.Client.JobSerializeS);
        FuncUpload = Open("client.func_upload_s", p.Client.FuncUploadS);
        DataUpload = Open("client.data_upload_s", p.Client.DataUploadS);
        PerCallSubmit = Open("client.per_call_submit_s", p.Client.PerCallSubmitS);
        Http = Open("client.http_one_way_s", p.Client.HttpOneWayS);
        StatusDownload = Open("client.status_download_s", p.Client.StatusDownloadS);
        Request = Platform("controller.request_latency_s", p.Controller.RequestLatencyS);
        InventoryReport = Platform("controller.inventory_report_delay_s", p.Controller.InventoryReportDelayS);
        Produce = Platform("bus.produce_latency_s", p.Bus.ProduceLatencyS);
        Fetch = Platform("bus.fetch_latency_s", p.Bus.FetchLatencyS);
        DockerRunSerial = Platform("invoker.docker_run_serial_s", p.Invoker.DockerRunSerialS);
        DockerRunStart = Platform("invoker.docker_run_start_s", p.Invoker.DockerRunStartS);
        DockerPull = Platform("invoker.docker_pull_s", p.Invoker.DockerPullS);
        Init = Platform("invoker.init_s", p.Invoker.InitS);
        RunRequest = Platform("invoker.run_request_s", p.Invoker.RunRequestS);
        Unpause = Platform("invoker.unpause_s", p.Invoker.UnpauseS);
        CompletionAck = Platform("invoker.completion_ack_s", p.Invoker.CompletionAckS);
        WorkerSetup = Platform("runtime.worker_setup_s", p.Runtime.WorkerSetupS);
        PackSetup = Platform("runtime.pack_setup_s", p.Runtime.PackSetupS);
        FuncStart = Platform("runtime.func_start_s", p.Runtime.FuncStartS);
        WorkerEnd = Platform("runtime.worker_end_s", p.Runtime.WorkerEndS);
        ForkDelay = Platform("runtime.fork_delay_s", p.Runtime.ForkDelayS);
        CallOverhead = Platform("runtime.call_overhead_s", p.Runtime.CallOverheadS);
    }

    public LatencyStream JobSerialize { get; }
    public LatencyStream FuncUpload { get; }
    public LatencyStream DataUpload { get; }
    public LatencyStream PerCallSubmit { get; }
    public LatencyStream Http { get; }
    public LatencyStream StatusDownload { get; }
    public LatencyStream Request { get; }
    public LatencyStream InventoryReport { get; }
    public LatencyStream Produce { get; }
    public LatencyStream Fetch { get; }
    public LatencyStream DockerRunSerial { get; }
    public LatencyStream DockerRunStart { get; }
    public LatencyStream DockerPull { get; }
    public LatencyStream Init { get; }
    public LatencyStream RunRequest { get; }
    public LatencyStream Unpause { get; }
    public LatencyStream CompletionAck { get; }
    public LatencyStream WorkerSetup { get; }
    public LatencyStream PackSetup { get; }
    public LatencyStream FuncStart { get; }
    public LatencyStream WorkerEnd { get; }
    public LatencyStream ForkDelay { get; }
    public LatencyStream CallOverhead { get; }
}
