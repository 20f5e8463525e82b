using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Calibration;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>The controller's cost per pack message (ControllerParameters.PackMessageS): the first pack leaves after all are prepared.</summary>
public sealed class PackMessageCostTests
{
    private static double FirstStart(int workers, string policy, double packMessageS) =>
        Simulated.Run(new RunSetup(
            ClusterSpec.Paper(),
            new PlatformParameters() with { Controller = new ControllerParameters { PackMessageS = packMessageS } },
            new SleepWorkload(workers, 1.0),
            PolicySpec.Parse(policy),
            Seed: 3)).Records.Min(r => r.Startup.Seconds);

    [Theory]
    [InlineData(96, "burst:g=48", 2)]
    [InlineData(96, "burst:g=4", 24)]
    [InlineData(480, "burst:g=2", 240)]
    public void Delays_the_first_start_by_the_number_of_packs_times_the_cost(int workers, string policy, int packs)
    {
        // Given the same burst without and with a 5 ms cost per pack message (same seed: same draws)
        double free = FirstStart(workers, policy, 0);
        double costly = FirstStart(workers, policy, 0.005);

        // Then its first worker starts packs x 5 ms later
        Assert.Equal(packs * 0.005, costly - free, 3);
    }

    [Fact]
    public void Leaves_classic_calls_alone()
    {
        Assert.Equal(FirstStart(48, "classic", 0), FirstStart(48, "classic", 0.005));
    }
}
