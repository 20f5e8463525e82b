using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Latencies are log-normal draws from named streams: same seed, same run; another seed, another run; spread 0, a constant.</summary>
public sealed class VariabilityTests
{
    private static ClusterSpec TwoInvokers => Runs.OneInvoker(8, 30000) with { Invokers = [new InvokerSpec("a", 8, 30000), new InvokerSpec("b", 8, 30000)] };

    private static double[] Startups(PlatformParameters parameters, string policy, ulong seed) =>
        [.. Runs.Execute(TwoInvokers, parameters, policy, new SleepWorkload(12, 1), seed).Sink.Records.OrderBy(r => r.FunctionId).Select(r => r.Startup.Seconds)];

    [Theory]
    [InlineData("classic")]
    [InlineData("burst:g=4")]
    public void The_same_seed_repeats_a_run_exactly_and_another_seed_changes_it(string policy)
    {
        var parameters = new PlatformParameters();

        Assert.Equal(Startups(parameters, policy, 3), Startups(parameters, policy, 3));
        Assert.NotEqual(Startups(parameters, policy, 3), Startups(parameters, policy, 4));
    }

    [Fact]
    public void Without_variability_every_seed_gives_the_same_run()
    {
        var parameters = new PlatformParameters { Variability = false };

        Assert.Equal(Startups(parameters, "classic", 3), Startups(parameters, "classic", 4));
    }

    [Fact]
    public void A_latency_draws_around_its_median_with_its_spread()
    {
        var stream = new LatencyStream(new Latency(0.2, 0.4), new StreamRandom(9));

        double[] draws = [.. Enumerable.Range(0, 20000).Select(_ => stream.NextSeconds()).Order()];

        Assert.InRange(draws[draws.Length / 2], 0.2 * 0.97, 0.2 * 1.03);
        double logSd = Math.Sqrt(draws.Select(d => Math.Pow(Math.Log(d / 0.2), 2)).Average());
        Assert.InRange(logSd, 0.38, 0.42);
    }

    [Fact]
    public void A_latency_of_spread_zero_is_its_median_and_bad_parameters_are_refused()
    {
        var stream = new LatencyStream(0.25, new StreamRandom(1));

        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(0.25, stream.NextSeconds()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Latency(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Latency(0.1, 3));
    }

    [Fact]
    public void Stem_cells_hold_pool_memory_the_controller_slots_do_not_count()
    {
        // One invoker of 8192 MB: the controller's slots take 32 x 256 MB, the pool only 30 beside 2 x 256 MB stem cells
        var parameters = HandWorked.Parameters with { Invoker = HandWorked.Parameters.Invoker with { StemCells = 2, StemCellMemoryMb = 256 } };
        var (_, sink) = Runs.Execute(Runs.OneInvoker(48, 8192), parameters, "classic", new JobListWorkload(JobListWorkload.Sleep(0, 0, 32, 10)));

        var starts = sink.Records.Select(r => r.WorkerFuncStart.Seconds).Order().ToArray();
        Assert.All(starts.Take(30), s => Assert.True(s < 10, $"started at {s}"));
        Assert.All(starts.Skip(30), s => Assert.True(s > 10, $"started at {s}")); // waited in the invoker's buffer for a container to end
    }
}
