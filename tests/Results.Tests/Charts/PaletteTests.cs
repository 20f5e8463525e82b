using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class PaletteTests
{
    public sealed class ForPolicy
    {
        [Theory]
        [InlineData("classic", Palette.Vermillion)]
        [InlineData("burst", Palette.Blue)]
        [InlineData("faasbatch", Palette.BluishGreen)]
        [InlineData("Burst/heterogeneous", Palette.Blue)]
        [InlineData("burst:g=2", Palette.Blue)]
        [InlineData("burst g=2", Palette.Blue)]
        [InlineData("classic/sharding", Palette.Vermillion)]
        public void Known_policies_have_fixed_colours_however_written(string name, string color)
        {
            Assert.Equal(color, Palette.ForPolicy(name));
        }

        [Fact]
        public void Other_names_get_a_stable_Okabe_Ito_colour()
        {
            string first = Palette.ForPolicy("round-robin");

            Assert.Equal(first, Palette.ForPolicy("round-robin"));
            Assert.Contains(first, Palette.OkabeIto);
        }
    }

    public sealed class ForSeries
    {
        [Fact]
        public void Up_to_eight_series_get_distinct_colours()
        {
            var colors = Palette.ForSeries(["48 workers", "96 workers", "a", "b", "c", "d", "e", "f"]);

            Assert.Equal(8, colors.Distinct().Count());
        }

        [Fact]
        public void A_known_policy_keeps_its_colour_among_other_series()
        {
            var colors = Palette.ForSeries(["x", "burst", "classic"]);

            Assert.Equal(Palette.Blue, colors[1]);
            Assert.Equal(Palette.Vermillion, colors[2]);
        }
    }

    public sealed class ForInvokers
    {
        [Theory]
        [InlineData(1)]
        [InlineData(6)]
        [InlineData(12)]
        public void Every_invoker_gets_its_own_colour_and_none_is_a_policy_colour(int count)
        {
            var colors = Palette.ForInvokers(count);

            Assert.Equal(count, colors.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(colors, c => Assert.DoesNotContain(c, Palette.OkabeIto, StringComparer.OrdinalIgnoreCase));
        }

        [Fact]
        public void More_than_twelve_are_refused_so_callers_group_invokers()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Palette.ForInvokers(13));
        }
    }
}
