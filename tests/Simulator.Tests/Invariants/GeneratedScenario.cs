using Burstsim.Simulator.Scheduling.Burst;
using System.Globalization;
using System.Text;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Invariants;

/// <summary>One invoker of a generated cluster.</summary>
public sealed record GeneratedInvoker(int Cpus, int MemoryMb);

/// <summary>One generated job: a map or burst of <see cref="Functions"/> functions doing CPU work then waiting.</summary>
public sealed record GeneratedJob(double ArrivalS, string Tenant, string Function, int Functions, int MemoryMb, double CpuS, double WaitS, bool StorageClient);

/// <summary>The platform parameters a generated scenario changes from the defaults.</summary>
public sealed record GeneratedPlatform(
    int Controllers,
    int ConcurrentLimit,
    int PerMinuteLimit,
    int MaxWorkers,
    int InvokePoolThreads,
    int DockerParallelRuns,
    double PauseGraceS,
    double IdleTimeoutS,
    double InventoryReportDelayS,
    BurstNoFit BurstNoFit,
    BurstPackMemory BurstPackMemory,
    bool WarmBursts,
    int Chunksize = 1,
    int WorkerProcesses = 1);

/// <summary>
/// A small random scenario for the invariant suite; <see cref="ToYaml"/> prints it as a scenario file
/// (with the jobs as the trace CSV it references) so a shrunk failure can be rerun with burstsim.
/// </summary>
public sealed record GeneratedScenario(GeneratedInvoker[] Invokers, GeneratedPlatform Platform, string Policy, GeneratedJob[] Jobs, ulong Seed)
{
    public ClusterSpec Cluster() => new([.. Invokers.Select((inv, i) => new InvokerSpec($"invoker{i}", inv.Cpus, inv.MemoryMb))]);

    public PlatformParameters Parameters()
    {
        var d = new PlatformParameters();
        return d with
        {
            Client = d.Client with { MaxWorkers = Platform.MaxWorkers, InvokePoolThreads = Platform.InvokePoolThreads, Chunksize = Platform.Chunksize, WorkerProcesses = Platform.WorkerProcesses },
            Controller = d.Controller with
            {
                Controllers = Platform.Controllers,
                ConcurrentLimit = Platform.ConcurrentLimit,
                PerMinuteLimit = Platform.PerMinuteLimit,
                InventoryReportDelayS = Platform.InventoryReportDelayS,
            },
            Invoker = d.Invoker with { DockerParallelRuns = Platform.DockerParallelRuns, PauseGraceS = Platform.PauseGraceS, IdleTimeoutS = Platform.IdleTimeoutS },
            BurstNoFit = Platform.BurstNoFit,
            BurstPackMemory = Platform.BurstPackMemory,
            WarmBursts = Platform.WarmBursts,
        };
    }

    public JobRequest[] JobRequests() =>
        [.. Jobs.Select((j, k) => new JobRequest(k, SimTime.FromSeconds(j.ArrivalS), j.Tenant, j.Function, j.Functions, j.MemoryMb, _ => new FunctionWork(j.CpuS, j.WaitS, j.StorageClient)))];

    public string ToYaml()
    {
        var c = CultureInfo.InvariantCulture;
        var y = new StringBuilder();
        y.AppendLine("# shrunk failing scenario of the randomised invariant suite; save the trace below as invariants-trace.csv beside it");
        y.AppendLine("name: invariant-failure");
        y.AppendLine(c, $"seed: {Seed}");
        y.AppendLine("replications: 1");
        y.AppendLine("cluster:");
        y.AppendLine("  invokers:");
        foreach (var inv in Invokers)
        {
            y.AppendLine(c, $"    - {{cpus: {inv.Cpus}, memory_mb: {inv.MemoryMb}}}");
        }

        var p = Platform;
        y.AppendLine("platform:");
        y.AppendLine(c, $"  burst_no_fit: {p.BurstNoFit.ToString().ToLowerInvariant()}");
        y.AppendLine(c, $"  burst_pack_memory: {(p.BurstPackMemory == BurstPackMemory.PerPack ? "per_pack" : "per_worker")}");
        y.AppendLine(c, $"  warm_bursts: {(p.WarmBursts ? "true" : "false")}");
        y.AppendLine(c, $"  client: {{max_workers: {p.MaxWorkers}, invoke_pool_threads: {p.InvokePoolThreads}, chunksize: {p.Chunksize}, worker_processes: {p.WorkerProcesses}}}");
        y.AppendLine(c, $"  controller: {{controllers: {p.Controllers}, concurrent_limit: {p.ConcurrentLimit}, per_minute_limit: {p.PerMinuteLimit}, inventory_report_delay_s: {p.InventoryReportDelayS:R}}}");
        y.AppendLine(c, $"  invoker: {{docker_parallel_runs: {p.DockerParallelRuns}, pause_grace_s: {p.PauseGraceS:R}, idle_timeout_s: {p.IdleTimeoutS:R}}}");
        y.AppendLine("workload: {type: trace, path: invariants-trace.csv}");
        y.AppendLine(c, $"policies: [\"{Policy}\"]");
        y.AppendLine("# invariants-trace.csv:");
        y.AppendLine("# arrival_s,tenant,function,functions,memory_mb,cpu_s,duration_s,storage_client");
        foreach (var j in Jobs)
        {
            y.AppendLine(c, $"# {j.ArrivalS:R},{j.Tenant},{j.Function},{j.Functions},{j.MemoryMb},{j.CpuS:R},{j.WaitS:R},{(j.StorageClient ? "true" : "false")}");
        }

        return y.ToString();
    }
}
