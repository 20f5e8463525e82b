using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Scheduling.Lifecycle;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using Xunit;

namespace Burstsim.Simulator.Tests.Scheduling.Sdk;

/// <summary>Policies a user brings run through the same platform as the built-ins, repeat exactly, and their faults are theirs.</summary>
public sealed class PlugInPolicyRunTests
{
    private static readonly PolicyRegistry Registry = PolicyRegistry.BuiltIn.With([new RandomPick(), new OffTheEnd(), new AlwaysFirst(), new FixedTen(), new OnePackPerInvoker(), new NewestFirst()], "tests");

    private static (RunOutcome Outcome, RecordingSink Sink) Run(string policy, IWorkload workload, ulong seed = 1, ClusterSpec? cluster = null)
    {
        var sink = new RecordingSink();
        var setup = new RunSetup(cluster ?? ClusterSpec.Uniform([8, 8, 8, 8], 4096), new PlatformParameters(), workload, Registry.Parse(policy), seed);
        return (PlatformRun.Execute(setup, sink), sink);
    }

    private static string[] Placement(RecordingSink sink) => [.. sink.Records.OrderBy(r => r.FunctionId).Select(r => $"{r.FunctionId}:{r.Invoker}:{r.WorkerStart.Ticks}")];

    [Fact]
    public void A_balancer_drawing_from_its_own_stream_repeats_exactly_and_differs_by_seed()
    {
        var first = Run("classic:random-pick", new SleepWorkload(40));
        var again = Run("classic:random-pick", new SleepWorkload(40));
        var other = Run("classic:random-pick", new SleepWorkload(40), seed: 2);

        Assert.Equal(40, first.Outcome.FunctionsReported);
        Assert.Equal(Placement(first.Sink), Placement(again.Sink));
        Assert.NotEqual(Placement(first.Sink).Select(p => p.Split(':')[1]), Placement(other.Sink).Select(p => p.Split(':')[1]));
    }

    [Fact]
    public void A_balancer_that_names_no_invoker_is_an_internal_error_not_bad_input()
    {
        var e = Assert.ThrowsAny<Exception>(() => Run("classic:off-the-end", new SleepWorkload(4)));

        Assert.IsNotType<InvalidSetupException>(e);
        Assert.Contains("the balancer placed an activation on invoker 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_balancer_that_picks_an_invoker_too_small_for_the_call_is_an_internal_error_at_once()
    {
        var cluster = new ClusterSpec([new InvokerSpec("small", 8, 128), new InvokerSpec("large", 8, 4096)]);

        var e = Assert.ThrowsAny<InvalidOperationException>(() => Run("classic:always-first", new SleepWorkload(2), cluster: cluster));

        Assert.Contains("of 512 MB on small, whose pool can never hold it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_burst_placement_plug_in_places_the_packs_and_the_layout_shows_them()
    {
        var (outcome, _) = Run("burst:one-pack-per-invoker", new SleepWorkload(12));

        Assert.Equal(12, outcome.FunctionsReported);
        Assert.Equal([3, 3, 3, 3], outcome.BurstLayout.Select(p => p.LastWorker - p.FirstWorker + 1));
    }

    [Fact]
    public void A_keep_alive_plug_in_decides_when_idle_containers_go()
    {
        // Two calls a minute apart: under OpenWhisk's 10-minute idle timeout the second is warm; with a 10 s keep-alive it is cold.
        var calls = new BurstArrivalsWorkload(ArrivalProcess.FixedInterval, 60, 2, [new TenantLoad("guest", 1, "f", 1, FunctionWork.Sleep(1))]);
        var warm = Run("classic", calls);
        var cold = Run("classic+keep-alive:fixed-ten", calls);

        Assert.Equal(1, warm.Sink.Records.Count(r => r.ColdStart));
        Assert.Equal(2, cold.Sink.Records.Count(r => r.ColdStart));
    }

    [Fact]
    public void An_eviction_plug_in_is_chosen_by_name_after_a_plus()
    {
        var spec = Registry.Parse("classic+eviction:newest-first");

        Assert.IsType<NewestFirst>(spec.Eviction!.Factory);
        Assert.Equal("classic+eviction:newest-first", spec.Name);
    }

    private sealed class RandomPick : BalancerFactory
    {
        public override string Name => "random-pick";

        public override string Summary => "test: a random invoker from the policy's own stream";

        public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new Picker(context);

        private sealed class Picker(PolicyContext context) : IInvokerBalancer
        {
            public int Place(ActivationInfo activation) => context.Random.Next(context.Invokers.Count);

            public void Release(int invoker, ActivationInfo activation)
            {
            }

            public void SetUsable(int invoker, bool usable)
            {
            }
        }
    }

    private sealed class OffTheEnd : BalancerFactory
    {
        public override string Name => "off-the-end";

        public override string Summary => "test: a buggy balancer";

        public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new Bad(context.Invokers.Count);

        private sealed class Bad(int count) : IInvokerBalancer
        {
            public int Place(ActivationInfo activation) => count;

            public void Release(int invoker, ActivationInfo activation)
            {
            }

            public void SetUsable(int invoker, bool usable)
            {
            }
        }
    }

    private sealed class AlwaysFirst : BalancerFactory
    {
        public override string Name => "always-first";

        public override string Summary => "test: always invoker 0, even when it cannot hold the call";

        public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new First();

        private sealed class First : IInvokerBalancer
        {
            public int Place(ActivationInfo activation) => 0;

            public void Release(int invoker, ActivationInfo activation)
            {
            }

            public void SetUsable(int invoker, bool usable)
            {
            }
        }
    }

    private sealed class FixedTen : KeepAliveFactory
    {
        public override string Name => "fixed-ten";

        public override string Summary => "test: 10 s keep-alive";

        public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options) => new OpenWhiskKeepAlive(Simulator.Engine.SimSpan.FromSeconds(10));
    }

    private sealed class NewestFirst : EvictionFactory
    {
        public override string Name => "newest-first";

        public override string Summary => "test: most recently used first";

        public override IEvictionPolicy Create(PolicyContext context, PolicyOptions options) => new Mru();

        private sealed class Mru : IEvictionPolicy
        {
            public double Priority(IdleContainer container) => -container.IdleSince.Ticks;
        }
    }

    private sealed class OnePackPerInvoker : PackPlacementFactory
    {
        public override string Name => "one-pack-per-invoker";

        public override string Summary => "test: the burst spread evenly, one pack per invoker";

        public override IPackPlacement Create(PolicyContext context, PolicyOptions options) => new Even();

        private sealed class Even : IPackPlacement
        {
            public int? Granularity => null;

            public bool Join => false;

            public IReadOnlyList<PackPlacement> Place(BurstRequest burst, IReadOnlyList<int> freeCpus, IReadOnlyList<long> freeMemoryMb)
            {
                int n = freeCpus.Count;
                int each = (burst.Workers + n - 1) / n;
                var packs = new List<PackPlacement>();
                int next = burst.FirstWorker;
                for (int i = 0; i < n && next < burst.FirstWorker + burst.Workers; i++)
                {
                    int size = Math.Min(Math.Min(each, freeCpus[i]), burst.FirstWorker + burst.Workers - next);
                    if (size > 0)
                    {
                        packs.Add(new PackPlacement(i, next, size));
                        next += size;
                    }
                }

                return packs;
            }
        }
    }
}
