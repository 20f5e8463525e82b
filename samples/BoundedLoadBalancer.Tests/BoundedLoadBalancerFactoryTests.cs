using Burstsim.Simulator;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Samples.BoundedLoad.Tests;

public sealed class BoundedLoadBalancerFactoryTests
{
    // What burstsim does with a plug-in: the built-in registry plus the plug-in's factories.
    private static readonly PolicyRegistry Registry = PolicyRegistry.BuiltIn.With([new BoundedLoadBalancerFactory()], "test");

    public sealed class Parse
    {
        [Theory]
        [InlineData("classic:bounded-load", "classic:bounded-load")]
        [InlineData("classic:bounded-load,c=1.5", "classic:bounded-load,c=1.5")]
        [InlineData("classic:bounded-load, vnodes=20 ,c=1.10", "classic:bounded-load,c=1.1,vnodes=20")]
        [InlineData("classic:bounded-load,load=memory", "classic:bounded-load,load=memory")]
        public void Given_valid_options_Then_the_canonical_name_lists_them_in_declared_order(string text, string canonical) =>
            Assert.Equal(canonical, Registry.Parse(text).Name);

        [Fact]
        public void Given_no_options_Then_the_defaults_apply()
        {
            var options = Registry.Parse("classic:bounded-load").Placement.Options;
            Assert.Equal(1.25, options.Number("c"));
            Assert.Equal(100, options.Integer("vnodes"));
            Assert.Equal("activations", options.Text("load"));
        }

        [Theory]
        [InlineData("classic:bounded-load,c=1", "c (")]
        [InlineData("classic:bounded-load,c=0.9", "greater than 1")]
        [InlineData("classic:bounded-load,c=fast", "must be a number")]
        [InlineData("classic:bounded-load,vnodes=0", "vnodes")]
        [InlineData("classic:bounded-load,vnodes=2.5", "a whole number")]
        [InlineData("classic:bounded-load,load=cpu", "load must be activations or memory")]
        [InlineData("classic:bounded-load,alpha=1", "takes c=..., vnodes=..., load=...")]
        [InlineData("classic:bounded-load,c=1.5,c=2", "written twice")]
        public void Given_an_option_out_of_range_or_unknown_Then_the_registry_refuses_it_naming_it(string text, string expected)
        {
            var e = Assert.Throws<FormatException>(() => Registry.Parse(text));
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Given_the_built_in_registry_alone_Then_the_name_is_unknown() =>
            Assert.Throws<FormatException>(() => PolicyRegistry.BuiltIn.Parse("classic:bounded-load"));

        [Fact]
        public void Given_the_factory_twice_Then_the_registry_refuses_the_clash()
        {
            var e = Assert.Throws<ArgumentException>(() => Registry.With([new BoundedLoadBalancerFactory()], "again"));
            Assert.Contains("already defined", e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Run
    {
        private static (RunOutcome Outcome, List<ActivationRecord> Records) Execute(string policy, int functions = 120, ulong seed = 1)
        {
            var setup = new RunSetup(ClusterSpec.Thesis(), new PlatformParameters(), new SleepWorkload(functions), Registry.Parse(policy), seed);
            var sink = new ListSink();
            return (PlatformRun.Execute(setup, sink), sink.Records);
        }

        [Fact]
        public void Given_the_thesis_burst_When_run_Then_every_function_is_reported_without_errors()
        {
            var (outcome, records) = Execute("classic:bounded-load");
            Assert.Equal(120, outcome.FunctionsReported);
            Assert.Empty(outcome.Errors);
            Assert.Equal(120, records.Count);
        }

        [Fact]
        public void Given_one_action_When_run_Then_no_invoker_ran_more_at_once_than_the_bound()
        {
            // 120 activations of one action; the client keeps at most max_workers = 100 in flight, so with c = 1.25 on
            // 4 invokers none may hold more than ceil(1.25 x 100 / 4) = 32 at once (running is a subset of in flight).
            var (_, records) = Execute("classic:bounded-load");
            Assert.All(records.GroupBy(r => r.Invoker), g => Assert.True(MostAtOnce(g) <= 32, $"{g.Key}: {MostAtOnce(g)} at once"));
            Assert.Equal(4, records.Select(r => r.Invoker).Distinct().Count());
        }

        private static int MostAtOnce(IEnumerable<ActivationRecord> records)
        {
            var edges = records.SelectMany(r => new[] { (r.WorkerStart.Ticks, 1), (r.WorkerEnd.Ticks, -1) }).Order();
            int now = 0, most = 0;
            foreach (var (_, delta) in edges)
            {
                now += delta;
                most = Math.Max(most, now);
            }

            return most;
        }

        [Fact]
        public void Given_the_same_seed_When_run_twice_Then_the_records_are_identical()
        {
            var a = Execute("classic:bounded-load,c=1.1", seed: 3).Records;
            var b = Execute("classic:bounded-load,c=1.1", seed: 3).Records;
            Assert.Equal(a, b);
        }
    }
}
