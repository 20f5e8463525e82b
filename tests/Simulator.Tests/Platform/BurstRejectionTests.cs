using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>A refused burst is counted as refused, and the message names the real cause.</summary>
public sealed class BurstRejectionTests
{
    private static PlatformParameters Reject => HandWorked.Parameters with { BurstNoFit = BurstNoFit.Reject };

    [Fact]
    public void A_burst_whose_pack_no_invoker_holds_is_rejected_naming_the_pack()
    {
        // Given 132 free CPUs (24, 48, 48, 12) and a burst of 100 in packs of 60
        var (outcome, sink) = Runs.Execute(ClusterSpec.Thesis(), Reject, "burst:g=60", new JobListWorkload(Sleep(0, 0.0, 100, 1.0)));

        // Then it is reported rejected with its 100 functions, and the message says no invoker holds a pack of 60
        Assert.Empty(sink.Records);
        Assert.Equal(1, outcome.RejectedJobs);
        Assert.Equal(100, outcome.RejectedFunctions);
        Assert.Equal(100, outcome.FunctionsRequested);
        string error = Assert.Single(outcome.Errors);
        Assert.Contains("no invoker holds a pack of 60", error, StringComparison.Ordinal);
        Assert.DoesNotContain("132 free", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_burst_larger_than_the_whole_cluster_is_rejected_as_never_fitting()
    {
        var (outcome, _) = Runs.Execute(ClusterSpec.Uniform([8, 8], 30000), Reject, "burst", new JobListWorkload(Sleep(0, 0.0, 20, 1.0)));

        Assert.Contains("can never run: the empty cluster holds 16 of them", Assert.Single(outcome.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_burst_that_fits_an_idle_cluster_is_rejected_as_not_fitting_now()
    {
        // The first burst holds 12 of 16 CPUs for 10 s; the second (8 workers) arrives meanwhile
        var workload = new JobListWorkload(Sleep(0, 0.0, 12, 10.0), Sleep(1, 1.0, 8, 1.0, tenant: "bob"));

        var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([8, 8], 30000), Reject, "burst", workload);

        Assert.Equal(12, sink.Records.Count);
        Assert.Equal(20, outcome.FunctionsRequested);
        Assert.Contains("does not fit now: the busy cluster has room for 4 (4 CPUs free", Assert.Single(outcome.Errors), StringComparison.Ordinal);
    }
}
