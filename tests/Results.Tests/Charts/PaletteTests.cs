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
        [InlineData("classic/sharding", Palette.Vermillion)]
        public void Known_policies_have_fixed_colours(string name, string color)
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

    public sealed class ForInvoker
    {
        [Fact]
        public void Invokers_cycle_through_seven_colours_and_never_black()
        {
            var colors = Enumerable.Range(0, 14).Select(Palette.ForInvoker).ToList();

            Assert.Equal(7, colors.Distinct().Count());
            Assert.Equal(colors[0], colors[7]);
            Assert.DoesNotContain(Palette.Black, colors);
        }
    }
}
