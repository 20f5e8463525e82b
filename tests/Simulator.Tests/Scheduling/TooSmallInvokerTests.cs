using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Scheduling;

/// <summary>Found by the randomised suite: a container was sent to an invoker whose whole memory cannot hold it, and waited forever.</summary>
public sealed class TooSmallInvokerTests
{
    /// <summary>invoker1 has 256 MB of user memory: a 512 MB function can never run there.</summary>
    private static ClusterSpec Mixed() => new([new InvokerSpec("invoker0", 6, 1024), new InvokerSpec("invoker1", 9, 256), new InvokerSpec("invoker2", 6, 3072)]);

    [Theory]
    [InlineData("classic")]
    [InlineData("classic:round-robin")]
    [InlineData("classic:least-loaded")]
    [InlineData("classic:random")]
    public void No_balancer_sends_a_function_to_an_invoker_too_small_to_ever_hold_it(string policy)
    {
        var parameters = HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { MaxWorkers = 2, InvokePoolThreads = 1 } };

        var (_, sink) = Runs.Execute(Mixed(), parameters, policy, new JobListWorkload(Sleep(0, 1.0, 24, 0.5, memoryMb: 512)));

        Assert.Equal(24, sink.Records.Count);
        Assert.DoesNotContain(sink.Records, r => r.Invoker == "invoker1");
    }

    [Fact]
    public void A_FaaSBatch_container_goes_to_an_invoker_that_can_hold_it()
    {
        // once the first batch takes 512 of invoker1's 768 MB, idle invoker0 (384 MB) has more free memory but can never hold 512 MB
        var cluster = new ClusterSpec([new InvokerSpec("invoker0", 4, 384), new InvokerSpec("invoker1", 4, 768)]);
        var parameters = HandWorked.Parameters with { FaaSBatch = HandWorked.Parameters.FaaSBatch with { ContainerMemoryMb = 512 } };

        var (_, sink) = Runs.Execute(cluster, parameters, "faasbatch", new JobListWorkload(Sleep(0, 0.0, 3, 5.0), Sleep(1, 1.5, 3, 1.0, function: "other")));

        Assert.Equal(6, sink.Records.Count);
        Assert.All(sink.Records, r => Assert.Equal("invoker1", r.Invoker));
    }
}
