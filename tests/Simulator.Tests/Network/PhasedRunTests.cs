using Burstsim.Simulator;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Network;

/// <summary>Phased bodies end to end: where the time goes, and how packing changes communication.</summary>
public sealed class PhasedRunTests
{
    private const double MB = 1e6;

    /// <summary>map (1 CPU-s) -> shuffle of 96 MB per worker -> reduce (1 CPU-s), 96 workers.</summary>
    private static PhasedWorkload TeraSortLike(int workers = 96) =>
        new(workers, [new ComputePhase(1.0), new ExchangePhase(CommPattern.AllToAll, (long)(96 * MB)), new ComputePhase(1.0)]);

    private static ClusterSpec TwoNodes => ClusterSpec.Uniform([48, 48], 200_000);

    /// <summary>Unequal nodes, so heterogeneous (64 + 32) and joined packs of 12 (60 + 36) differ.</summary>
    private static double MeanComm(string policy) =>
        Runs.Execute(ClusterSpec.Uniform([64, 48], 200_000), HandWorked.Parameters, policy, TeraSortLike()).Sink.Records.Average(r => r.CommTime.Seconds);

    [Fact]
    public void A_phased_function_spends_its_time_in_compute_sync_and_comm()
    {
        // Given a TeraSort-like burst packed in 2 containers of 48
        var (_, sink) = Runs.Execute(TwoNodes, HandWorked.Parameters, "burst", TeraSortLike());

        // Then every function computed 2 s on its own core, and its function time is compute + sync + comm exactly
        Assert.Equal(96, sink.Records.Count);
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(2.0, r.ComputeTime.Seconds, 1e-6);
            Assert.True(r.CommTime.Seconds > 0);
            Assert.Equal(r.FuncExecTime.Ticks, r.ComputeTime.Ticks + r.SyncTime.Ticks + r.CommTime.Ticks);
        });
    }

    [Theory]
    [InlineData("classic")]
    [InlineData("burst:g=1")]
    [InlineData("burst:g=12")]
    public void The_critical_path_splits_each_function_s_time_exactly(string policy)
    {
        // Given the TeraSort-like job (classic functions may start many seconds apart)
        var parameters = HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { MaxWorkers = 1000 } };
        var (_, sink) = Runs.Execute(TwoNodes, parameters, policy, TeraSortLike());

        // Then for every function: its path's origin worker_start + func start + compute + comm + worker end = its worker_end
        var runtime = SimSpanSeconds(HandWorked.FuncStartS + HandWorked.WorkerEndS);
        Assert.All(sink.Records, r =>
        {
            Assert.NotNull(r.PathOrigin);
            Assert.Equal(r.WorkerEnd.Ticks, r.PathOrigin!.Value.Ticks + runtime + r.PathComputeTime.Ticks + r.PathCommTime.Ticks);
        });
    }

    private static long SimSpanSeconds(double s) => Simulator.Engine.SimSpan.FromSeconds(s).Ticks;

    [Fact]
    public void Packing_changes_the_communication_time()
    {
        // Given the same shuffle on 64 + 48 CPUs packed heterogeneous, g = 1, g = 12 and g = 12 joined per invoker
        double heterogeneous = MeanComm("burst");
        double g1 = MeanComm("burst:g=1");
        double g12 = MeanComm("burst:g=12");
        double join = MeanComm("burst:g=12,join");

        // Then all differ; more workers per container keep more partitions in memory, so g = 1 is slowest
        double[] all = [heterogeneous, g1, g12, join];
        Assert.Equal(4, all.Select(t => Math.Round(t, 4)).Distinct().Count());
        Assert.Equal(g1, all.Max());
        Assert.True(g12 > join, $"g=12 {g12} vs join {join}");
    }

    [Fact]
    public void Classic_functions_shuffle_through_object_storage()
    {
        // Given the same job as classic activations
        var (_, sink) = Runs.Execute(TwoNodes, HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { MaxWorkers = 1000 } }, "classic", TeraSortLike());

        // Then each read 95 ranges of 1 MB in 10 rounds of requests: at least 10 x 0.1 s after the PUT
        Assert.All(sink.Records, r => Assert.True(r.CommTime.Seconds >= 1.0 + 0.1, $"comm {r.CommTime.Seconds}"));
    }

    [Fact]
    public void A_burst_that_cannot_run_at_once_is_refused_before_the_run()
    {
        // Given 120 exchanging workers on 96 CPUs, placing what fits
        var parameters = HandWorked.Parameters with { BurstNoFit = Simulator.Platform.Parameters.BurstNoFit.Partial };

        // Then the run is refused with the reason
        var e = Assert.Throws<InvalidSetupException>(() => Runs.Execute(TwoNodes, parameters, "burst:g=12", TeraSortLike(120)));
        Assert.Contains("must all run at once", e.Message, StringComparison.Ordinal);
    }
}
