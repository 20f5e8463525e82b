using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Classic;
using Xunit;

namespace Burstsim.Simulator.Tests.Scheduling.Sdk;

public sealed class PolicyRegistryTests
{
    public sealed class Parse
    {
        [Theory]
        [InlineData("classic", "classic", "1")]
        [InlineData("classic:sharding", "classic", "1")]
        [InlineData("classic:round-robin", "classic:round-robin", "1")]
        [InlineData("burst", "burst", "het")]
        [InlineData("burst:heterogeneous", "burst", "het")]
        [InlineData("burst:join", "burst:join", "het+join")]
        [InlineData("burst:g=6", "burst:g=6", "6")]
        [InlineData("burst:join,g=6", "burst:g=6,join", "6+join")]
        [InlineData("burst:homogeneous,g=6", "burst:g=6", "6")]
        [InlineData("faasbatch", "faasbatch", "batch")]
        [InlineData("faasbatch:interval=0.050", "faasbatch:interval=0.05", "batch")]
        [InlineData(" classic + keep-alive:openwhisk ", "classic+keep-alive", "1")]
        [InlineData("classic+keep-alive:fixed,minutes=+5", "classic+keep-alive:fixed,minutes=5", "1")]
        [InlineData("classic+keep-alive:fixed,minutes=0.0", "classic+keep-alive:fixed,minutes=0", "1")]
        public void Writes_the_canonical_name_the_outputs_have_always_used(string text, string name, string granularity)
        {
            var spec = PolicyRegistry.BuiltIn.Parse(text);

            Assert.Equal(name, spec.Name);
            Assert.Equal(granularity, spec.GranularityLabel);
        }

        [Fact]
        public void The_effective_name_fills_in_defaults_so_a_written_default_is_the_same_policy()
        {
            Assert.Equal(PolicySpec.Parse("classic+keep-alive:fixed").EffectiveName, PolicySpec.Parse("classic+keep-alive:fixed,minutes=10").EffectiveName);
            Assert.NotEqual(PolicySpec.Parse("classic+keep-alive:fixed").Name, PolicySpec.Parse("classic+keep-alive:fixed,minutes=10").Name);
        }

        [Fact]
        public void Equal_texts_give_equal_specs()
        {
            Assert.Equal(PolicySpec.Parse("burst:join,g=6"), PolicySpec.Parse("burst:g=6,join"));
            Assert.NotEqual(PolicySpec.Parse("burst:g=6"), PolicySpec.Parse("burst:g=6,join"));
        }

        [Theory]
        [InlineData("bursty", "unknown policy 'bursty'")]
        [InlineData("burst:g=0", "'g=0' in policy 'burst:g=0': g (workers per pack) must be a whole number of at least 1, got '0'")]
        [InlineData("burst:g=2.5", "g (workers per pack) must be a whole number of at least 1, got '2.5'")]
        [InlineData("burst:homogeneous", "needs g (workers per pack)")]
        [InlineData("burst:g=2,g=3", "g is written twice")]
        [InlineData("burst:join=1", "join is a flag; write it bare")]
        [InlineData("faasbatch:interval=-1", "interval (the dispatch interval, s) must be a number greater than 0, got '-1'")]
        [InlineData("faasbatch:interval=1e9", "must be a number of at most 100000000, got '1e9'")]
        [InlineData("classic:fastest", "'fastest' in policy 'classic:fastest' is not a classic balancer")]
        [InlineData("keep-alive:openwhisk", "starts with a keep-alive policy")]
        [InlineData("classic+keep-alive:fixed,q=1", "q is not an option of keep-alive:fixed, which takes minutes=...")]
        [InlineData("classic:mine", "a plug-in's policy needs --plugin FILE.dll")]
        [InlineData("classic+burst", "has two placement policies")]
        [InlineData("classic+keep-alive+keep-alive", "names the keep-alive family twice")]
        public void Refuses_bad_text_naming_the_item_and_what_is_accepted(string text, string expected)
        {
            var e = Assert.Throws<FormatException>(() => PolicyRegistry.BuiltIn.Parse(text));

            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class With
    {
        [Fact]
        public void A_plug_in_policy_is_parsed_with_its_options_and_origin()
        {
            var registry = PolicyRegistry.BuiltIn.With([new Weighted()], "weighted.dll");

            var spec = registry.Parse("classic:weighted,alpha=0.3");

            Assert.Equal("classic:weighted,alpha=0.3", spec.Name);
            Assert.Equal("weighted.dll", spec.Placement.Origin);
            Assert.Equal(0.3, spec.Placement.Options.Number("alpha"));
            Assert.Equal(0.5, registry.Parse("classic:weighted").Placement.Options.Number("alpha"));
        }

        [Fact]
        public void A_plug_in_cannot_take_a_built_in_name_or_a_family_default()
        {
            Assert.Contains("already defined", Assert.Throws<ArgumentException>(() => PolicyRegistry.BuiltIn.With([new Weighted("sharding")], "x.dll")).Message, StringComparison.Ordinal);
            Assert.Contains("family's default", Assert.Throws<ArgumentException>(() => PolicyRegistry.BuiltIn.With([new Weighted(isDefault: true)], "x.dll")).Message, StringComparison.Ordinal);
            Assert.Contains("lower case", Assert.Throws<ArgumentException>(() => PolicyRegistry.BuiltIn.With([new Weighted("My Balancer")], "x.dll")).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_plug_in_options_cross_check_is_a_format_error_naming_the_policy()
        {
            var registry = PolicyRegistry.BuiltIn.With([new Weighted()], "weighted.dll");

            var e = Assert.Throws<FormatException>(() => registry.Parse("classic:weighted,alpha=0.9,beta=0.2"));

            Assert.Contains("policy 'classic:weighted,alpha=0.9,beta=0.2': alpha + beta must be at most 1", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_built_in_registry_is_not_changed_by_a_plug_in()
        {
            _ = PolicyRegistry.BuiltIn.With([new Weighted()], "weighted.dll");

            Assert.Throws<FormatException>(() => PolicyRegistry.BuiltIn.Parse("classic:weighted"));
        }
    }

    /// <summary>A plug-in balancer as a user would write one: options, a cross-check, its own stream.</summary>
    private sealed class Weighted(string name = "weighted", bool isDefault = false) : BalancerFactory
    {
        public override string Name => name;

        public override string Summary => "test balancer";

        public override bool IsFamilyDefault => isDefault;

        public override IReadOnlyList<PolicyOption> Options =>
        [
            PolicyOption.Number("alpha", "weight of free memory", 0.5, min: 0, max: 1),
            PolicyOption.Number("beta", "weight of locality", 0, min: 0, max: 1),
        ];

        public override void Validate(PolicyOptions options)
        {
            if (options.Number("alpha") + options.Number("beta") > 1)
            {
                throw new FormatException("alpha + beta must be at most 1");
            }
        }

        public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new RoundRobinBalancer([.. context.Invokers.Select(i => i.UserMemoryMb)], context.Controllers);
    }
}
