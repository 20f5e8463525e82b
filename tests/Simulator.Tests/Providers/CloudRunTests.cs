using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Providers;

/// <summary>Runs on the provider models: the Lithops client's thread pool, cold starts, limits and reuse.</summary>
public sealed class CloudRunTests
{
    private static readonly PlatformParameters Medians = new() { Variability = false };

    private static (RunOutcome Outcome, RecordingSink Sink) Run(string policy, int functions, double seconds = 5) =>
        Runs.Execute(Runs.OneInvoker(4, 4096), Medians, policy, new SleepWorkload(functions, seconds));

    private static int PeakRunning(IReadOnlyList<ActivationRecord> records)
    {
        var steps = records.SelectMany(r => new[] { (r.WorkerFuncStart.Ticks, 1), (r.WorkerFuncEnd.Ticks, -1) }).OrderBy(s => s.Item1).ThenBy(s => s.Item2);
        int running = 0, peak = 0;
        foreach (var (_, d) in steps)
        {
            running += d;
            peak = Math.Max(peak, running);
        }

        return peak;
    }

    [Fact]
    public void Given_64_invoke_threads_When_100_calls_are_sent_Then_the_65th_leaves_when_the_first_calls_thread_is_free()
    {
        var (_, sink) = Run("cloud:aws-lambda,memory=256", 100);

        var submits = sink.Records.OrderBy(r => r.FunctionId).Select(r => r.HostSubmit.Seconds).ToArray();
        // One call's request is built at a time (per-call client CPU 1 ms): call 63 leaves 63 ms after call 0; call 64
        // has no thread until call 0's Invoke returns, invoke_request_s (0.115 s) after it left.
        Assert.Equal(0.063, submits[63] - submits[0], 6);
        Assert.Equal(0.115, submits[64] - submits[0], 6);
    }

    [Fact]
    public void Given_256_MB_When_a_cold_environment_starts_Then_init_runs_at_256_over_1769_of_a_vCPU()
    {
        var (_, sink) = Run("cloud:aws-lambda,memory=256", 1);

        var r = Assert.Single(sink.Records);
        // Firecracker 0.125 s + 40 MB x 0.035 s/MB + 0.3 CPU-s / (256 / 1769) = 0.125 + 1.4 + 2.0730469 s.
        Assert.True(r.ColdStart);
        Assert.Equal(3.5980469, r.ColdStartTime.Seconds, 5);
        // The worker's setup (0.55 s, I/O) then its CPU-bound step (0.08 CPU-s at the same share).
        Assert.Equal(0.08 / (256 / 1769.0), (r.WorkerFuncStart - r.WorkerStart).Seconds, 5);
    }

    [Fact]
    public void Given_reserved_concurrency_10_When_20_calls_arrive_Then_10_run_at_once_the_rest_are_throttled_and_reuse_them_warm()
    {
        var (outcome, sink) = Run("cloud:aws-lambda,memory=1769,account_limit=1000,reserved=10", 20);

        Assert.Equal(10, PeakRunning(sink.Records));
        Assert.True(outcome.Throttled > 0);
        Assert.Equal(10, sink.Records.Count(r => r.ColdStart));
        Assert.Equal(20, sink.Records.Count);
    }

    [Fact]
    public void Given_provisioned_concurrency_When_fewer_calls_arrive_Then_none_is_cold()
    {
        var (_, sink) = Run("cloud:aws-lambda,memory=512,provisioned=5", 5);

        Assert.All(sink.Records, r => Assert.False(r.ColdStart));
    }

    [Fact]
    public void Given_a_push_window_of_5_When_100_messages_wait_Then_at_most_5_functions_run_before_the_first_returns()
    {
        var (_, sink) = Run("cloud:gcp-functions,memory=256", 100);

        var firstEnd = sink.Records.Min(r => r.WorkerEnd);
        Assert.Equal(5, sink.Records.Count(r => r.WorkerFuncStart < firstEnd));
        // Slow start reuses instances that came free: fewer instances than functions.
        Assert.InRange(sink.Records.Count(r => r.ColdStart), 5, 99);
    }

    [Fact]
    public void Given_max_instances_2_When_10_messages_arrive_Then_no_more_than_2_instances_exist()
    {
        var (outcome, sink) = Run("cloud:gcp-functions,memory=256,max_instances=2", 10);

        Assert.Equal(2, sink.Records.Select(r => r.Container).Distinct().Count());
        Assert.Equal(10, sink.Records.Count);
        Assert.True(PeakRunning(sink.Records) <= 2);
        Assert.NotNull(outcome.Bill);
    }

    [Fact]
    public void Given_the_remote_invoker_When_a_job_is_submitted_Then_the_calls_leave_after_one_cold_start_and_it_is_billed_as_a_call()
    {
        var (direct, _) = Run("cloud:aws-lambda,memory=1769", 10);
        var (outcome, sink) = Run("cloud:aws-lambda,memory=1769,remote_invoker", 10);

        // The client's one call, then the remote function's cold start (0.125 + 1.4 + 0.3 s at one vCPU), its worker setup
        // (0.55 s) and CPU-bound step (0.08 s) before it sends the first call.
        var first = sink.Records.Min(r => r.HostSubmit) - sink.Records[0].HostJobCreate;
        var created = sink.Records[0].HostJobCreatedTime;
        Assert.Equal(created.Seconds + 0.001 + 0.115 + 0.02 + 1.825 + 0.55 + 0.08, first.Seconds, 5);
        Assert.Equal(10, sink.Records.Count);
        Assert.Equal(11, outcome.Bill!.Requests);
        Assert.Equal(10, direct.Bill!.Requests);
    }

    [Fact]
    public void Given_more_calls_than_max_workers_When_calls_finish_Then_the_rest_leave_as_the_monitor_returns_tokens()
    {
        var parameters = Medians with { AwsLambda = new AwsLambdaParameters { MaxWorkers = 10 } };

        var (_, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), parameters, "cloud:aws-lambda,memory=1769", new SleepWorkload(20, 1));

        var firstEnd = sink.Records.Min(r => r.WorkerEnd);
        Assert.Equal(10, sink.Records.Count(r => r.HostSubmit < firstEnd));
        Assert.Equal(20, sink.Records.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_records()
    {
        var a = Runs.Execute(Runs.OneInvoker(4, 4096), new PlatformParameters(), "cloud:gcp-functions,memory=512", new SleepWorkload(200, 1), seed: 7).Sink.Records;
        var b = Runs.Execute(Runs.OneInvoker(4, 4096), new PlatformParameters(), "cloud:gcp-functions,memory=512", new SleepWorkload(200, 1), seed: 7).Sink.Records;

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("cloud:aws-lambda,reserved=950", "reserved concurrency may be 1 to 900")]
    [InlineData("cloud:aws-lambda,provisioned=901", "provisioned concurrency may be 0 to 900")]
    [InlineData("cloud:aws-lambda,memory=20000", "10240")]
    [InlineData("cloud:gcp-functions,memory=300", "one of 128, 256, 512, 1024, 2048, 4096, 8192 MB")]
    [InlineData("cloud:gcp-functions,memory=16384", "not a gen 1 memory size")]
    [InlineData("cloud:azure-functions", "azure-functions")]
    public void Bad_provider_settings_are_refused_with_the_range(string policy, string expected)
    {
        var e = Assert.Throws<FormatException>(() => Burstsim.Simulator.Scheduling.PolicySpec.Parse(policy));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_whose_memory_Lambda_does_not_offer_are_refused_naming_the_field()
    {
        var parameters = new PlatformParameters { Runtime = new RuntimeParameters { RuntimeMemoryMb = 64 } };

        var e = Assert.Throws<InvalidSetupException>(() => Runs.Execute(Runs.OneInvoker(4, 4096), parameters, "cloud:aws-lambda", new SleepWorkload(1, 1)));

        Assert.Contains("platform.runtime.runtime_memory_mb", e.Message, StringComparison.Ordinal);
        Assert.Contains("128-10240 MB", e.Message, StringComparison.Ordinal);
    }
}
