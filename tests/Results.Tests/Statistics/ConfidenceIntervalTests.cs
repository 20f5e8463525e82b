using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class ConfidenceIntervalTests
{
    public sealed class Of
    {
        [Fact]
        public void Five_values_match_the_hand_computed_t_interval()
        {
            // mean 3, s = sqrt(2.5), t(0.975, 4) = 2.776445105, half width = t * s / sqrt(5) = 1.963243.
            var ci = ConfidenceInterval.Of([1, 2, 3, 4, 5]);

            Assert.Equal(3, ci.Mean, 12);
            Assert.Equal(Math.Sqrt(2.5), ci.StandardDeviation, 12);
            Assert.Equal(1.963243, ci.HalfWidth, 5);
            Assert.Equal(3 - 1.963243, ci.Low, 5);
            Assert.Equal(3 + 1.963243, ci.High, 5);
            Assert.Equal(5, ci.N);
        }

        [Fact]
        public void Two_values_use_the_wide_t_of_one_degree_of_freedom()
        {
            // s = sqrt(2), t(0.975, 1) = 12.7062047, half width = t * sqrt(2) / sqrt(2).
            var ci = ConfidenceInterval.Of([10, 12]);

            Assert.Equal(11, ci.Mean, 12);
            Assert.Equal(12.7062047, ci.HalfWidth, 5);
        }

        [Fact]
        public void A_90_percent_level_gives_a_narrower_interval()
        {
            // t(0.95, 4) = 2.131847, half width = 2.131847 * sqrt(2.5) / sqrt(5) = 1.507443.
            var ci = ConfidenceInterval.Of([1, 2, 3, 4, 5], level: 0.90);

            Assert.Equal(1.507443, ci.HalfWidth, 5);
            Assert.Equal(0.90, ci.Level);
        }

        [Fact]
        public void One_value_gives_a_zero_width_interval_at_the_value()
        {
            var ci = ConfidenceInterval.Of([4.2]);

            Assert.Equal(4.2, ci.Mean);
            Assert.Equal(4.2, ci.Low);
            Assert.Equal(4.2, ci.High);
            Assert.Equal(0, ci.HalfWidth);
            Assert.Equal(1, ci.N);
        }

        [Fact]
        public void No_values_or_a_bad_level_are_refused()
        {
            Assert.Throws<ArgumentException>(() => ConfidenceInterval.Of([]));
            Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Of([1, 2], level: 1));
            Assert.Throws<ArgumentException>(() => ConfidenceInterval.Of([1, double.PositiveInfinity]));
        }
    }
}
