using Burstsim.Simulator;
using Burstsim.Simulator.Scheduling.Burst;
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
    public void A_burst_pack_larger_than_every_invokers_memory_is_refused_naming_the_pack()
    {
        // charged per worker: packs of 48 workers x 512 MB = 24576 MB on invokers with 24000 MB of user memory (each holds 46)
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 24000);
        var setup = new RunSetup(cluster, new PlatformParameters { BurstPackMemory = BurstPackMemory.PerWorker, Invoker = new InvokerParameters { StemCells = 0 } }, new SleepWorkload(48), PolicySpec.Parse("burst:g=48"), 1);

        var error = Assert.Throws<InvalidSetupException>(() => PlatformRun.Execute(setup, new Discard()));

        Assert.Contains("no invoker holds a pack of 48 workers x 512 MB (largest holds 46", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heterogeneous_burst_sizes_each_container_to_the_invokers_memory()
    {
        // charged per worker, 48 workers x 512 MB: invoker0's 24000 MB hold 46 of them, the other 2 go to invoker1
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 24000);
        var setup = new RunSetup(cluster, new PlatformParameters { BurstPackMemory = BurstPackMemory.PerWorker, Invoker = new InvokerParameters { StemCells = 0 } }, new SleepWorkload(48), PolicySpec.Burst, 1);

        var outcome = PlatformRun.Execute(setup, new Discard());

        Assert.Equal(48, outcome.FunctionsReported);
        Assert.Equal([46, 2], outcome.BurstLayout.Select(p => p.LastWorker - p.FirstWorker + 1));
    }

    [Fact]
    public void A_pack_container_larger_than_every_invokers_memory_is_refused()
    {
        // One pack container takes runtime_memory (25000 MB) on invokers with 24000 MB of user memory
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 24000);
        var parameters = new PlatformParameters { Runtime = new RuntimeParameters { RuntimeMemoryMb = 25000 } };
        var setup = new RunSetup(cluster, parameters, new SleepWorkload(48), PolicySpec.Burst, 1);

        var error = Assert.Throws<InvalidSetupException>(() => PlatformRun.Execute(setup, new Discard()));

        Assert.Contains("takes one container of 25000 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("whose memory_mb is 24000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_is_charged_its_runtime_memory_once_so_48_workers_of_256_MB_fit_8192_MB()
    {
        // The thesis rack: userMemory 8192 MB, Lithops' default 256 MB; 48 x 256 MB would be 12288 MB
        var cluster = ClusterSpec.Uniform([48, 48], userMemoryMb: 8192);
        var parameters = new PlatformParameters { Runtime = new RuntimeParameters { RuntimeMemoryMb = 256 } };
        var setup = new RunSetup(cluster, parameters, new SleepWorkload(96), PolicySpec.Burst, 1);

        var outcome = PlatformRun.Execute(setup, new Discard());

        Assert.Equal(96, outcome.FunctionsReported);
        Assert.Equal(2, outcome.BurstLayout.Count);
    }

    [Fact]
    public void A_faasbatch_container_larger_than_every_invoker_is_refused()
    {
        var parameters = new PlatformParameters { FaaSBatch = new FaaSBatchParameters { ContainerMemoryMb = 4096 } };
        var setup = new RunSetup(ClusterSpec.Uniform([8], userMemoryMb: 2048), parameters, new SleepWorkload(4), PolicySpec.Parse("faasbatch"), 1);

        Assert.Throws<InvalidSetupException>(() => PlatformRun.Execute(setup, new Discard()));
    }

    [Fact]
    public void A_burst_that_can_never_fit_under_wait_is_refused()
    {
        var setup = new RunSetup(ClusterSpec.Uniform([4, 4], 30000), new PlatformParameters(), new SleepWorkload(9), PolicySpec.Burst, 1);

        var error = Assert.Throws<InvalidSetupException>(() => PlatformRun.Execute(setup, new Discard()));

        Assert.Contains("never fit", error.Message, StringComparison.Ordinal);
    }
}
