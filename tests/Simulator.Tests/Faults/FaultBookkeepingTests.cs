using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Faults;

/// <summary>Whatever the fault and the policy, no function is lost or reported twice, and retries stay bounded.</summary>
public sealed class FaultBookkeepingTests
{
    /// <summary>Three jobs from two tenants on the thesis cluster (24/48/48/12 CPUs), 150 functions in all.</summary>
    private static readonly JobListWorkload Mixed = new(
        Sleep(0, 0.0, 60, 4.0, tenant: "alice"),
        Cpu(1, 0.5, 40, 2.0, tenant: "bob"),
        Sleep(2, 2.0, 50, 3.0, tenant: "alice"));

    public static TheoryData<string, string, int, BurstOnCrash> Cases()
    {
        var data = new TheoryData<string, string, int, BurstOnCrash>();
        foreach (string policy in new[] { "classic", "burst", "burst:g=6", "faasbatch" })
        {
            foreach (string fault in new[] { "crash", "lost-message", "start-failure", "all" })
            {
                data.Add(policy, fault, 2, BurstOnCrash.Rerun);
                data.Add(policy, fault, 0, BurstOnCrash.Fail);
            }
        }

        return data;
    }

    private static FaultPlan Plan(string fault) => fault switch
    {
        "crash" => FaultRuns.Crash("invoker2", 5.0),
        "lost-message" => new FaultPlan { MessageLossProbability = 0.2 },
        "start-failure" => new FaultPlan { StartFailureProbability = 0.2 },
        _ => new FaultPlan
        {
            Crashes = [new InvokerCrash("invoker1", 4.5)],
            Slowdowns = [new InvokerSlowdown("invoker0", 0, 20, 3)],
            MessageLossProbability = 0.1,
            StartFailureProbability = 0.1,
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_function_ends_exactly_once_and_tries_at_most_retries_plus_one_times(string policy, string fault, int retries, BurstOnCrash onCrash)
    {
        var parameters = FaultRuns.Recovering(retries, onCrash);
        var (outcome, sink) = FaultRuns.Execute(ClusterSpec.Thesis(), parameters, policy, Mixed, Plan(fault));

        FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, Mixed.Jobs(new RandomStreams(1), 256));
        if (fault != "crash" && policy == "classic")
        {
            Assert.Contains(sink.Records, r => r.Status != ActivationStatus.Success); // a fault of probability 0.1-0.2 over 150 messages did strike (bursts and batches send few)
        }

        if (!policy.StartsWith("burst", StringComparison.Ordinal))
        {
            Assert.All(sink.Records, r => Assert.InRange(r.Attempt, 0, retries));
        }

        // every row is well ordered in time, lost ones included
        Assert.All(sink.Records, r => Assert.True(r.WorkerStart <= r.WorkerFuncStart && r.WorkerFuncStart <= r.WorkerFuncEnd && r.WorkerFuncEnd <= r.WorkerEnd));
    }

    [Fact]
    public void A_faulty_run_repeats_byte_for_byte_with_the_same_seed()
    {
        var plan = Plan("all");
        var parameters = FaultRuns.Recovering(2, BurstOnCrash.Rerun);
        var first = FaultRuns.Execute(ClusterSpec.Thesis(), parameters, "classic", Mixed, plan, seed: 7).Sink.Records;
        var second = FaultRuns.Execute(ClusterSpec.Thesis(), parameters, "classic", Mixed, plan, seed: 7).Sink.Records;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Without_faults_every_row_is_a_first_successful_attempt()
    {
        var (_, sink) = FaultRuns.Execute(ClusterSpec.Thesis(), FaultRuns.Recovering(2), "classic", Mixed, FaultPlan.None);

        Assert.All(sink.Records, r => Assert.Equal((ActivationStatus.Success, 0), (r.Status, r.Attempt)));
    }
}
