using System.Globalization;
using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class PaletteTests
{
    public sealed class ForPolicy
    {
        [Theory]
        [InlineData("classic", Palette.Classic)]
        [InlineData("burst", Palette.Burst)]
        [InlineData("faasbatch", Palette.FaasBatch)]
        [InlineData("Burst/heterogeneous", Palette.Burst)]
        [InlineData("faasbatch:interval=0.05", Palette.FaasBatch)]
        [InlineData("classic/sharding", Palette.Classic)]
        public void Known_policies_have_fixed_colours_however_written(string name, string color)
        {
            Assert.Equal(color, Palette.ForPolicy(name));
        }

        [Theory]
        [InlineData("burst:g=2", "burst g=2")]
        [InlineData("burst g=12 join", "burst:g=12,join")]
        public void A_burst_granularity_has_one_colour_however_written(string a, string b)
        {
            Assert.Equal(Palette.ForPolicy(a), Palette.ForPolicy(b));
        }

        [Fact]
        public void Larger_granularities_are_darker_on_the_burst_ramp()
        {
            int[] g = [2, 4, 6, 12, 24, 48];
            double[] lightness = [.. g.Select(v => Cvd.Lab(Palette.ForGranularity(v)).L)];

            Assert.All(lightness.Zip(lightness.Skip(1)), pair => Assert.True(pair.Second < pair.First - 5, $"lightness {pair.First:0.0} then {pair.Second:0.0}"));
        }

        [Fact]
        public void Other_names_get_a_stable_colour_no_family_uses()
        {
            string first = Palette.ForPolicy("round-robin");

            Assert.Equal(first, Palette.ForPolicy("round-robin"));
            Assert.Contains(first, Palette.OtherPolicies);
        }
    }

    public sealed class ForSeries
    {
        [Fact]
        public void Workload_sizes_take_the_size_ramp_by_their_number_lightest_smallest()
        {
            var colors = Palette.ForSeries(["960 functions", "48 functions", "96 workers"]);

            Assert.Equal(Palette.ForSizes(3), [colors[1], colors[2], colors[0]]);
            Assert.DoesNotContain(colors, c => c == Palette.Classic || c == Palette.Burst || c == Palette.FaasBatch);
        }

        [Fact]
        public void Real_and_simulated_are_black_and_grey_whatever_their_n()
        {
            Assert.Equal([Palette.Real, Palette.Simulated], Palette.ForSeries(["real (n=120)", "simulated (n=120)"]));
        }

        [Fact]
        public void A_policy_keeps_its_colour_among_other_series()
        {
            var colors = Palette.ForSeries(["x", "burst", "classic"]);

            Assert.Equal(Palette.Burst, colors[1]);
            Assert.Equal(Palette.Classic, colors[2]);
        }
    }

    public sealed class ForInvoker
    {
        [Fact]
        public void An_invoker_has_the_same_grey_whatever_else_is_in_the_figure()
        {
            Assert.Equal(Palette.ForInvoker(13), Palette.ForInvoker(13));
            Assert.Equal(Palette.ForInvoker(1), Palette.ForInvoker(1 + Palette.InvokerGreys.Count));
            Assert.NotEqual(Palette.ForInvoker(1), Palette.ForInvoker(2));
        }
    }

    /// <summary>
    /// Colours that must be told apart stay at least a CIELAB distance apart in normal vision, in greyscale and under
    /// simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1.0).
    /// </summary>
    public sealed class Distinguishable
    {
        public static TheoryData<string> Visions => ["normal", "grey", "protan", "deutan", "tritan"];

        [Theory]
        [MemberData(nameof(Visions))]
        public void Policy_families_stay_apart(string vision) =>
            AssertApart([Palette.Classic, Palette.Burst, Palette.FaasBatch], vision, 15);

        [Theory]
        [MemberData(nameof(Visions))]
        public void Workload_sizes_stay_apart(string vision) =>
            AssertApart(Palette.ForSizes(4), vision, 12);

        [Theory]
        [MemberData(nameof(Visions))]
        public void Invoker_greys_stay_apart(string vision) =>
            AssertApart(Palette.InvokerGreys, vision, 12);

        [Theory]
        [MemberData(nameof(Visions))]
        public void Burst_granularities_of_the_paper_stay_apart(string vision) =>
            AssertApart([.. new[] { 2, 4, 6, 12, 24, 48 }.Select(Palette.ForGranularity)], vision, 11);

        // Review 24c L11: g = 12, 24 and 48 stepped by dE 10 (8.5 L*), their legend swatches alike.
        [Fact]
        public void The_dark_end_of_the_burst_ramp_steps_by_at_least_13_in_colour_and_11_in_lightness()
        {
            string[] dark = [.. new[] { 6, 12, 24, 48 }.Select(Palette.ForGranularity)];
            foreach (var (a, b) in dark.Zip(dark.Skip(1)))
            {
                Assert.True(Cvd.Distance(a, b, "normal") >= 13, $"{a} and {b}: dE {Cvd.Distance(a, b, "normal"):0.0}");
                Assert.True(Cvd.Lab(a).L - Cvd.Lab(b).L >= 11, $"{a} and {b}: L* {Cvd.Lab(a).L:0.0} then {Cvd.Lab(b).L:0.0}");
            }
        }

        // The running count and the startup CDF draw classic beside every granularity as solid lines (review 24: burst
        // g=6's L* 58 was classic's L* 54 in greyscale).
        [Theory]
        [MemberData(nameof(Visions))]
        public void Classic_stays_apart_from_every_burst_granularity(string vision)
        {
            var closest = new[] { 2, 3, 4, 5, 6, 8, 12, 16, 24, 32, 48, 96 }.Select(g => (g, d: Cvd.Distance(Palette.Classic, Palette.ForGranularity(g), vision))).MinBy(p => p.d);
            Assert.True(closest.d >= 12, string.Create(CultureInfo.InvariantCulture, $"classic and burst g={closest.g} are {closest.d:0.0} apart under {vision} vision; need 12."));
        }

        [Theory]
        [MemberData(nameof(Visions))]
        public void Timeline_marks_stay_apart(string vision) =>
            AssertApart([Palette.Submit, Palette.Setup, Palette.Lost, .. Palette.InvokerGreys], vision, 10);

        [Fact]
        public void The_distance_itself_separates_unlike_colours_and_joins_like_ones()
        {
            Assert.True(Cvd.Distance("#000000", "#FFFFFF", "normal") > 90);
            Assert.True(Cvd.Distance("#FF0000", "#00A000", "deutan") < Cvd.Distance("#FF0000", "#00A000", "normal") / 2);
        }

        private static void AssertApart(IReadOnlyList<string> colors, string vision, double minimum)
        {
            var closest = colors.SelectMany((a, i) => colors.Skip(i + 1).Select(b => (a, b, d: Cvd.Distance(a, b, vision)))).MinBy(p => p.d);
            Assert.True(closest.d >= minimum, string.Create(CultureInfo.InvariantCulture, $"{closest.a} and {closest.b} are {closest.d:0.0} apart under {vision} vision; need {minimum}."));
        }
    }

    /// <summary>Colour-vision simulation: sRGB to linear RGB, the Machado 2009 matrix (or luminance for greyscale), then CIELAB (D65).</summary>
    private static class Cvd
    {
        private static readonly Dictionary<string, double[,]> Matrices = new(StringComparer.Ordinal)
        {
            ["protan"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
            ["deutan"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
            ["tritan"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
        };

        public static double Distance(string a, string b, string vision)
        {
            var (l1, a1, b1) = Lab(Simulate(Linear(a), vision));
            var (l2, a2, b2) = Lab(Simulate(Linear(b), vision));
            return Math.Sqrt(((l1 - l2) * (l1 - l2)) + ((a1 - a2) * (a1 - a2)) + ((b1 - b2) * (b1 - b2)));
        }

        public static (double L, double A, double B) Lab(string hex) => Lab(Linear(hex));

        private static double[] Linear(string hex) =>
        [
            .. Enumerable.Range(0, 3).Select(i => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)
                .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)),
        ];

        private static double[] Simulate(double[] rgb, string vision)
        {
            if (vision == "normal")
            {
                return rgb;
            }

            if (vision == "grey")
            {
                double y = (0.2126 * rgb[0]) + (0.7152 * rgb[1]) + (0.0722 * rgb[2]);
                return [y, y, y];
            }

            var m = Matrices[vision];
            return [.. Enumerable.Range(0, 3).Select(i => Math.Clamp((m[i, 0] * rgb[0]) + (m[i, 1] * rgb[1]) + (m[i, 2] * rgb[2]), 0, 1))];
        }

        private static (double L, double A, double B) Lab(double[] rgb)
        {
            double x = ((0.4124 * rgb[0]) + (0.3576 * rgb[1]) + (0.1805 * rgb[2])) / 0.95047;
            double y = (0.2126 * rgb[0]) + (0.7152 * rgb[1]) + (0.0722 * rgb[2]);
            double z = ((0.0193 * rgb[0]) + (0.1192 * rgb[1]) + (0.9505 * rgb[2])) / 1.08883;
            static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116);
            return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
        }
    }
}
