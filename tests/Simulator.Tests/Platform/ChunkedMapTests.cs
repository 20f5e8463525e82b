using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Lithops map(chunksize, worker_processes): several calls per activation, run by a pool of processes in one container.</summary>
public sealed class ChunkedMapTests
{
    private static PlatformParameters Chunked(int chunksize, int processes, int maxWorkers = 1000) =>
        HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { Chunksize = chunksize, WorkerProcesses = processes, MaxWorkers = maxWorkers } };

    [Fact]
    public void Chunksize_4_with_4_processes_turns_48_calls_into_12_activations_with_one_row_per_call()
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(48, 30000), Chunked(4, 4), "classic", new JobListWorkload(Sleep(0, 0.0, 48, 1.0)));

        Assert.Equal(12, outcome.Usage.Requests); // one HTTP call and one activation per chunk
        Assert.Equal(48, sink.Records.Count); // Lithops still writes one statistics row per call
        Assert.Equal(Enumerable.Range(0, 48), sink.Records.Select(r => r.FunctionId).Order());
        var perContainer = sink.Records.GroupBy(r => r.Container).ToArray();
        Assert.Equal(12, perContainer.Length);
        Assert.All(perContainer, c => Assert.Equal(4, c.Count()));
        // call ids 4k..4k+3 share a container (iterchunks over the call ids)
        Assert.All(perContainer, c => Assert.Single(c.Select(r => r.FunctionId / 4).Distinct()));
    }

    [Fact]
    public void Calls_beyond_the_processes_wait_for_a_free_process_and_start_when_it_ends_its_call()
    {
        // Given 4 x sleep(10 s), chunksize 4, worker_processes 2: one activation, one cold container.
        // The request reaches the invoker at 0.088 s; docker run 0.1 + 0.2, /init 0.3, /run 0.005 + setup 0.4:
        // the first process takes call 0 at 1.093 s, the second (forked 0.01 s later) call 1 at 1.103 s.
        // Call 0 ends at 1.093 + 0.08 + 10 + 0.003 = 11.176 s; its process then takes call 2 (worker_start 11.176 s),
        // which ends at 11.176 + 10.083 = 21.259 s. Call 1 ends at 11.186 s, call 3 starts then and ends at 21.269 s.
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), Chunked(4, 2), "classic", new JobListWorkload(Sleep(0, 0.0, 4, 10.0)));
        var rows = sink.OfJob(0);

        Assert.Equal(1, outcome.Usage.Requests);
        Assert.Single(rows.Select(r => r.Container).Distinct());
        double[] starts = [1.093, 1.103, 11.176, 11.186];
        double[] ends = [11.176, 11.186, 21.259, 21.269];
        for (int k = 0; k < 4; k++)
        {
            Assert.Equal(starts[k], rows[k].WorkerStart.Seconds, 6);
            Assert.Equal(ends[k], rows[k].WorkerEnd.Seconds, 6);
        }
    }

    [Fact]
    public void A_chunk_holds_one_max_workers_token_until_all_its_calls_are_done()
    {
        // max_workers 1 and chunks of 2 (2 processes): the second activation is sent only after the monitor has seen
        // both calls of the first one end, so the two activations never overlap.
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), Chunked(2, 2, maxWorkers: 1), "classic", new JobListWorkload(Sleep(0, 0.0, 4, 5.0)));
        var rows = sink.OfJob(0);

        Assert.Equal(2, outcome.Usage.Requests);
        double firstChunkEnd = Math.Max(rows[0].WorkerEnd.Seconds, rows[1].WorkerEnd.Seconds);
        Assert.True(rows[2].HostSubmit.Seconds >= firstChunkEnd, $"second chunk sent at {rows[2].HostSubmit.Seconds} before the first ended at {firstChunkEnd}");
        Assert.Equal(rows[2].HostSubmit, rows[3].HostSubmit); // one payload, one submit stamp
    }

    [Fact]
    public void A_crash_loses_whole_chunks_whose_calls_are_retried_one_by_one_and_every_function_settles_once()
    {
        // 16 x sleep(10 s) in chunks of 4 (2 processes) on two invokers; invoker1 dies at 3 s. Its chunks' calls, running
        // or queued behind the processes, are lost; Lithops times them out and re-maps each alone (a chunk of one).
        var parameters = Faults.FaultRuns.Recovering(retries: 2) with { Client = HandWorked.Parameters.Client with { Chunksize = 4, WorkerProcesses = 2 } };
        var workload = new JobListWorkload(Sleep(0, 0.0, 16, 10.0));
        var (outcome, sink) = Faults.FaultRuns.Execute(ClusterSpec.Uniform([4, 4], 30000), parameters, "classic:round-robin", workload, Faults.FaultRuns.Crash("invoker1", 3.0));

        var lost = sink.Records.Where(r => r.Status == ActivationStatus.Retried).ToList();
        Assert.NotEmpty(lost);
        Assert.Equal(0, lost.Count % 4); // whole chunks
        var retries = sink.Records.Where(r => r.Attempt == 1).ToList();
        Assert.Equal(retries.Count, retries.Select(r => r.Container).Distinct().Count()); // one call per retried activation
        Assert.Equal(16, sink.Records.Count(r => r.Status == ActivationStatus.Success));
        Faults.FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new Burstsim.Simulator.Engine.RandomStreams(1), 256));
    }

    [Fact]
    public void Chunksize_defaults_to_worker_processes_as_Lithops_config_sets_it()
    {
        Assert.Equal(1, new ClientParameters().CallsPerActivation);
        Assert.Equal(3, new ClientParameters { WorkerProcesses = 3 }.CallsPerActivation);
        Assert.Equal(5, new ClientParameters { WorkerProcesses = 3, Chunksize = 5 }.CallsPerActivation);
    }

    [Fact]
    public void Bursts_ignore_chunksize_as_the_burst_fork_sends_every_input_in_one_call()
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 30000), Chunked(4, 4), "burst", new JobListWorkload(Sleep(0, 0.0, 4, 1.0)));

        Assert.Equal(1, outcome.Usage.Requests);
        Assert.Equal(4, sink.Records.Count);
    }
}
