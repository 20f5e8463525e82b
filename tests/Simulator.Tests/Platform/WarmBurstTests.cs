using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>platform.warm_bursts: a later burst of the same action reuses the pack container an earlier one left warm.</summary>
public sealed class WarmBurstTests
{
    private static readonly JobListWorkload TwoBursts = new(Sleep(0, 0.0, 4, 1.0), Sleep(1, 30.0, 4, 1.0));

    [Fact]
    public void A_second_burst_of_the_same_action_starts_warm_in_the_first_ones_pack_container()
    {
        var warm = HandWorked.Parameters with { WarmBursts = true };

        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), warm, "burst", TwoBursts);

        Assert.Equal(1, outcome.ContainersCreated);
        Assert.All(sink.OfJob(0), r => Assert.True(r.ColdStart));
        Assert.All(sink.OfJob(1), r => Assert.False(r.ColdStart));
        Assert.All(sink.OfJob(1), r => Assert.Equal(sink.OfJob(0)[0].Container, r.Container));
        Assert.Equal(outcome.FinalInventory, [4]); // the warm pack gave its CPUs back
    }

    [Fact]
    public void Starts_sooner_than_a_cold_pack()
    {
        var (_, cold) = Runs.Execute(Runs.OneInvoker(4, 30000), HandWorked.Parameters, "burst", TwoBursts);
        var (_, warm) = Runs.Execute(Runs.OneInvoker(4, 30000), HandWorked.Parameters with { WarmBursts = true }, "burst", TwoBursts);

        // docker run (0.1 + 0.2) and /init (0.3) are skipped; the container was paused (grace 10 s) so unpause (0.01) is paid.
        double saved = cold.OfJob(1).Max(r => r.Startup.Seconds) - warm.OfJob(1).Max(r => r.Startup.Seconds);
        Assert.Equal(0.6 - 0.01, saved, 6);
    }

    [Fact]
    public void Is_off_by_default_so_every_pack_is_cold()
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), HandWorked.Parameters, "burst", TwoBursts);

        Assert.Equal(2, outcome.ContainersCreated);
        Assert.All(sink.Records, r => Assert.True(r.ColdStart));
    }

    [Fact]
    public void A_pack_of_another_size_does_not_take_the_warm_container()
    {
        var warm = HandWorked.Parameters with { WarmBursts = true, BurstPackMemory = BurstPackMemory.PerPack };
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), warm, "burst", new JobListWorkload(Sleep(0, 0.0, 4, 1.0), Sleep(1, 30.0, 2, 1.0)));

        Assert.Equal(2, outcome.ContainersCreated);
        Assert.All(sink.OfJob(1), r => Assert.True(r.ColdStart));
    }
}
