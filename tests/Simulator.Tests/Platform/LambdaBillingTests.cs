using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Per-use billing as AWS Lambda does it: each invocation's duration x memory, rounded up to 1 ms; idle time free.</summary>
public sealed class LambdaBillingTests
{
    /// <summary>The worker's own steps take no time, so an invocation runs exactly its function's sleep.</summary>
    private static readonly PlatformParameters Bare = HandWorked.Parameters with
    {
        Invoker = HandWorked.Parameters.Invoker with { RunRequestS = 0.0 },
        Runtime = HandWorked.Parameters.Runtime with { WorkerSetupS = 0.0, FuncStartS = 0.0, WorkerEndS = 0.0 },
    };

    [Fact]
    public void One_60_s_and_nineteen_1_s_calls_of_512_MB_are_billed_79_000_ms_at_512_MB()
    {
        // 20 invocations: 60 000 ms + 19 x 1 000 ms = 79 000 ms, each at 512 MB; the containers' warm idle time after
        // the 1 s calls (about 59 s each) is not billed.
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(48, 30000), Bare, "classic",
            new JobListWorkload(Sleep(0, 0.0, 1, 60.0, memoryMb: 512), Sleep(1, 0.0, 19, 1.0, memoryMb: 512)));

        Assert.Equal(20, sink.Records.Count);
        Assert.Equal(20, outcome.Usage.Requests);
        Assert.Equal(79_000L * 512, outcome.Usage.BilledMbMilliseconds);
        Assert.True(outcome.Usage.MemoryMbSeconds > 512 * 79 * 1.5, "the containers' lives (idle included) exceed what is billed");
    }

    [Fact]
    public void A_duration_is_rounded_up_to_the_next_millisecond()
    {
        // sleep(1.0004 s) runs 1 000.4 ms and is billed 1 001 ms; sleep(0.0002 s) is billed 1 ms.
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(48, 30000), Bare, "classic",
            new JobListWorkload(Sleep(0, 0.0, 1, 1.0004, memoryMb: 1024), Sleep(1, 0.0, 1, 0.0002, memoryMb: 1024)));

        Assert.Equal((1001L + 1) * 1024, outcome.Usage.BilledMbMilliseconds);
    }

    [Fact]
    public void A_chunk_is_one_invocation_billed_from_run_to_its_last_call()
    {
        // chunksize 2, one process: the calls run back to back, 1 s + 2 s = one 3 000 ms invocation at 256 MB.
        var parameters = Bare with { Client = Bare.Client with { Chunksize = 2, WorkerProcesses = 1 } };
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(4, 30000), parameters, "classic",
            new JobListWorkload(Sleep(0, 0.0, 1, 1.0), Sleep(1, 10.0, 2, 1.5)));

        // job 0: one call, 1 000 ms; job 1: one chunk of two 1.5 s calls in a row, 3 000 ms. All at 256 MB.
        Assert.Equal(2, outcome.Usage.Requests);
        Assert.Equal((1000L + 3000) * 256, outcome.Usage.BilledMbMilliseconds);
    }
}
