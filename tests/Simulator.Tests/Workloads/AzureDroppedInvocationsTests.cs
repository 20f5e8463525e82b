using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

/// <summary>Azure trace rows the model cannot replay are counted, not silently lost.</summary>
public sealed class AzureDroppedInvocationsTests
{
    [Fact]
    public void Invocations_of_functions_without_durations_are_counted_as_dropped()
    {
        // f1 has durations; f2 (5 + 2 calls in the window) has none
        const string invocations = "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f1,http,3,1\no,a,f2,http,5,2\n";
        const string durations = "HashOwner,HashApp,HashFunction,percentile_Average_0,percentile_Average_1,percentile_Average_25," +
                                 "percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\no,a,f1,1,2,3,4,5,6,7\n";
        const string memory = "HashOwner,HashApp,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,AverageAllocatedMb_pct25,AverageAllocatedMb_pct50," +
                              "AverageAllocatedMb_pct75,AverageAllocatedMb_pct95,AverageAllocatedMb_pct99,AverageAllocatedMb_pct100\n";

        var trace = AzureTraceReader.Read((new StringReader(invocations), "i"), (new StringReader(durations), "d"), (new StringReader(memory), "m"), 0, 2);

        Assert.Equal(4, trace.Invocations);
        Assert.Equal(1, trace.SkippedWithoutDurations);
        Assert.Equal(7, trace.SkippedInvocations);
        var outcome = PlatformRun.Execute(
            new RunSetup(ClusterSpec.Uniform([4], 4096), new PlatformParameters(), new AzureTraceWorkload(trace), PolicySpec.Classic, 1),
            new RecordingSink());
        Assert.Equal(7, outcome.DroppedTraceInvocations);
        Assert.Equal(4, outcome.FunctionsReported);
    }
}
