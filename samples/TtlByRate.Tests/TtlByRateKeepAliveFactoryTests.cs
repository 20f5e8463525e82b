using Burstsim.Simulator;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Samples.TtlByRate.Tests;

public sealed class TtlByRateKeepAliveFactoryTests
{
    private static readonly PolicyRegistry Registry = PolicyRegistry.BuiltIn.With([new TtlByRateKeepAliveFactory()], "test");

    public sealed class Parse
    {
        [Theory]
        [InlineData("classic+keep-alive:ttl-by-rate", "classic+keep-alive:ttl-by-rate")]
        [InlineData("classic+keep-alive:ttl-by-rate,factor=2", "classic+keep-alive:ttl-by-rate,factor=2")]
        [InlineData("classic:round-robin+keep-alive:ttl-by-rate,max=30,min=0.5", "classic:round-robin+keep-alive:ttl-by-rate,min=0.5,max=30")]
        [InlineData("burst:g=6+keep-alive:ttl-by-rate,window=0", "burst:g=6+keep-alive:ttl-by-rate,window=0")]
        public void Given_valid_options_Then_the_canonical_name_lists_them_in_declared_order(string text, string canonical) =>
            Assert.Equal(canonical, Registry.Parse(text).Name);

        [Theory]
        [InlineData("classic+keep-alive:ttl-by-rate,factor=0", "greater than 0")]
        [InlineData("classic+keep-alive:ttl-by-rate,factor=-2", "factor")]
        [InlineData("classic+keep-alive:ttl-by-rate,min=-1", "min")]
        [InlineData("classic+keep-alive:ttl-by-rate,max=2000", "of at most 1440")]
        [InlineData("classic+keep-alive:ttl-by-rate,min=20", "above max")]
        [InlineData("classic+keep-alive:ttl-by-rate,min=5,max=2", "write min at most max")]
        [InlineData("classic+keep-alive:ttl-by-rate,ttl=5", "takes factor=..., min=..., max=..., window=...")]
        [InlineData("keep-alive:ttl-by-rate", "start with classic, burst or faasbatch")]
        public void Given_an_option_out_of_range_or_unknown_Then_the_registry_refuses_it_naming_it(string text, string expected)
        {
            var e = Assert.Throws<FormatException>(() => Registry.Parse(text));
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Run
    {
        private static (RunOutcome Outcome, List<ActivationRecord> Records) Execute(string policy)
        {
            // Bursts of 8 every 90 s on average from two tenants: containers go idle between them.
            TenantLoad[] tenants =
            [
                new("alice", 3, "hot", 8, FunctionWork.Sleep(2)),
                new("bob", 1, "cold", 8, FunctionWork.Sleep(2)),
            ];
            var workload = new BurstArrivalsWorkload(ArrivalProcess.Poisson, 90, 12, tenants);
            var setup = new RunSetup(ClusterSpec.Thesis(), new PlatformParameters(), workload, Registry.Parse(policy), 1);
            var sink = new ListSink();
            return (PlatformRun.Execute(setup, sink), sink.Records);
        }

        [Fact]
        public void Given_recurring_bursts_When_run_Then_every_function_is_reported()
        {
            var (outcome, _) = Execute("classic+keep-alive:ttl-by-rate");
            Assert.Equal(96, outcome.FunctionsReported);
            Assert.Empty(outcome.Errors);
        }

        [Fact]
        public void Given_a_short_keep_alive_When_run_Then_more_containers_start_cold_than_under_OpenWhisks_ten_minutes()
        {
            int openWhisk = Execute("classic").Records.Count(r => r.ColdStart);
            int short_ = Execute("classic+keep-alive:ttl-by-rate,factor=0.1,min=0,max=10").Records.Count(r => r.ColdStart);
            Assert.True(short_ > openWhisk, $"cold starts: ttl-by-rate {short_}, openwhisk {openWhisk}");
        }

        [Fact]
        public void Given_the_same_seed_When_run_twice_Then_the_records_are_identical() =>
            Assert.Equal(Execute("classic+keep-alive:ttl-by-rate").Records, Execute("classic+keep-alive:ttl-by-rate").Records);
    }
}
