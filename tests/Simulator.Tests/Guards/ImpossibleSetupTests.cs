using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Guards;

/// <summary>Setups that could only wait forever are refused up front, naming what does not fit.</summary>
public sealed class ImpossibleSetupTests
{
    private sealed class Discard : IActivationSink
    {
        public void Add(ActivationRecord record)
        {
        }
    }

    [Fact]
    public void A_burst_pack_larger_than_the_invokers_memory_is_refused()
    {
        // 48 workers x 512 MB = 24576 MB on invokers with 24000 MB of user memory
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 24000);
        var setup = new RunSetup(cluster, new PlatformParameters(), new SleepWorkload(48), PolicySpec.Burst, 1);

        var error = Assert.Throws<ArgumentException>(() => PlatformRun.Execute(setup, new Discard()));

        Assert.Contains("24576 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("invoker0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_granularity_makes_the_same_burst_fit()
    {
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 24000);
        var setup = new RunSetup(cluster, new PlatformParameters(), new SleepWorkload(48), new PolicySpec(PolicyKind.Burst, Granularity: 12), 1);

        var outcome = PlatformRun.Execute(setup, new Discard());

        Assert.Equal(48, outcome.FunctionsReported);
    }

    [Fact]
    public void A_faasbatch_container_larger_than_every_invoker_is_refused()
    {
        var parameters = new PlatformParameters { FaaSBatch = new FaaSBatchParameters { ContainerMemoryMb = 4096 } };
        var setup = new RunSetup(ClusterSpec.Uniform([8], userMemoryMb: 2048), parameters, new SleepWorkload(4), new PolicySpec(PolicyKind.FaaSBatch), 1);

        Assert.Throws<ArgumentException>(() => PlatformRun.Execute(setup, new Discard()));
    }

    [Fact]
    public void A_burst_that_can_never_fit_under_wait_is_refused()
    {
        var setup = new RunSetup(ClusterSpec.Uniform([4, 4], 30000), new PlatformParameters(), new SleepWorkload(9), PolicySpec.Burst, 1);

        var error = Assert.Throws<ArgumentException>(() => PlatformRun.Execute(setup, new Discard()));

        Assert.Contains("never fit", error.Message, StringComparison.Ordinal);
    }
}
