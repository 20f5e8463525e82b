using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Providers;

/// <summary>Provider settings a new user got wrong: refused with exit 2 naming the field, or billed as the provider bills.</summary>
public sealed class CloudSetupCheckTests
{
    private static readonly PlatformParameters Medians = new() { Variability = false };

    private static InvalidSetupException Refused(PlatformParameters parameters, string policy, double seconds = 1) =>
        Assert.Throws<InvalidSetupException>(() => Runs.Execute(Runs.OneInvoker(4, 4096), parameters, policy, new SleepWorkload(4, seconds)));

    [Theory]
    [InlineData("cloud:aws-lambda,account_limit=2147483647,provisioned=2000000000", "at most 100000")]
    [InlineData("cloud:aws-lambda,account_limit=50", "account_limit=50 is below the 100 concurrency Lambda keeps unreserved: account_limit may be 100 to 100000")]
    [InlineData("nosuch", "cloud:aws-lambda or cloud:gcp-functions")]
    public void Bad_policies_are_refused_naming_the_option_and_its_range(string policy, string expected)
    {
        var e = Assert.Throws<FormatException>(() => Burstsim.Simulator.Scheduling.PolicySpec.Parse(policy));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("provisioned=0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_gen_2_concurrency_10_and_no_memory_option_When_the_functions_have_512_MB_Then_it_is_refused()
    {
        var e = Refused(Medians, "cloud:gcp-functions,gen=2,concurrency=10");

        Assert.Contains("memory=2048 or more", e.Message, StringComparison.Ordinal);
        Assert.Contains("512 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unreserved_minimum_over_the_account_limit_Then_it_is_refused()
    {
        var parameters = Medians with { AwsLambda = new AwsLambdaParameters { UnreservedMinimum = 5000 } };

        var e = Refused(parameters, "cloud:aws-lambda");

        Assert.Equal("platform.aws_lambda.unreserved_minimum", e.Parameter);
    }

    [Fact]
    public void Given_a_throttle_retry_max_below_the_first_interval_Then_it_is_refused()
    {
        var parameters = Medians with { AwsLambda = new AwsLambdaParameters { ThrottleRetryFirstS = 10, ThrottleRetryMaxS = 1 } };

        var e = Refused(parameters, "cloud:aws-lambda");

        Assert.Equal("platform.aws_lambda.throttle_retry_max_s", e.Parameter);
    }

    [Fact]
    public void Given_lithops_chunking_When_the_policy_is_a_provider_Then_it_is_refused_naming_the_setting()
    {
        var parameters = Medians with { Client = new ClientParameters { Chunksize = 4, WorkerProcesses = 4 } };

        var e = Refused(parameters, "cloud:gcp-functions");

        Assert.Equal("platform.client.chunksize", e.Parameter);
        Assert.Contains("OpenWhisk's classic path only", e.Message, StringComparison.Ordinal);
        // A chunksize that resolves to 1 is what the provider path does anyway.
        var one = Medians with { Client = new ClientParameters { Chunksize = 1, WorkerProcesses = 4 } };
        Assert.Equal(4, Runs.Execute(Runs.OneInvoker(4, 4096), one, "cloud:gcp-functions", new SleepWorkload(4, 1)).Sink.Records.Count);
    }

    [Fact]
    public void Given_functions_longer_than_the_action_time_limit_When_the_policy_is_a_provider_Then_it_is_refused()
    {
        var parameters = Medians with { Recovery = new RecoveryParameters { RuntimeTimeoutS = 30 } };

        var e = Refused(parameters, "cloud:aws-lambda", seconds: 40);

        Assert.Equal("platform.recovery.runtime_timeout_s", e.Parameter);
        Assert.Equal(4, Runs.Execute(Runs.OneInvoker(4, 4096), parameters, "cloud:aws-lambda", new SleepWorkload(4, 20)).Sink.Records.Count);
    }

    [Fact]
    public void Given_gen_2_with_concurrency_When_requests_share_an_instance_Then_its_busy_time_is_billed_once()
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), Medians, "cloud:gcp-functions,gen=2,memory=2048,concurrency=10,max_instances=1", new SleepWorkload(10, 5));

        // Busy periods of the one instance: the union of its requests' [assigned, worker end], start-up included.
        double setup = Medians.Runtime.WorkerSetupS.MedianS;
        var spans = sink.Records
            .Select(r => (Start: r.WorkerStart.Seconds - setup - r.ColdStartTime.Seconds, End: r.WorkerEnd.Seconds))
            .OrderBy(s => s.Start)
            .ToList();
        double billed = 0, start = spans[0].Start, end = spans[0].End;
        foreach (var s in spans.Skip(1))
        {
            if (s.Start > end)
            {
                billed += Math.Ceiling(Math.Round((end - start) / 0.1, 9)) * 0.1;
                start = s.Start;
            }

            end = Math.Max(end, s.End);
        }

        billed += Math.Ceiling(Math.Round((end - start) / 0.1, 9)) * 0.1;
        double perRequest = sink.Records.Sum(r => r.WorkerEnd.Seconds - r.WorkerStart.Seconds);
        Assert.Equal(2 * billed, outcome.Bill!.MemoryGbSeconds, 6);
        Assert.Equal(billed, outcome.Bill.CpuUnitSeconds, 6); // 2 GB = 1 vCPU
        Assert.True(outcome.Bill.MemoryGbSeconds < 2 * perRequest, "requests running together are not billed each");
    }

    [Fact]
    public void Given_100000_provisioned_environments_When_3_calls_run_Then_they_take_the_last_provisioned_and_all_count_as_held()
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), Medians, "cloud:aws-lambda,memory=1024,account_limit=100000,provisioned=99900", new SleepWorkload(3, 5));

        Assert.All(sink.Records, r => Assert.False(r.ColdStart));
        Assert.Equal(["env99897", "env99898", "env99899"], sink.Records.Select(r => r.Container).Order(StringComparer.Ordinal));
        Assert.Equal(99900, outcome.ContainersCreated);
        // Every provisioned environment is held from the start to the last worker end, used or not.
        Assert.Equal(99900 * outcome.Usage.WindowEndS, outcome.Usage.ContainerSeconds, 1);
    }
}
