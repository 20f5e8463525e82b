using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class QuantilesTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    public sealed class OfSorted
    {
        [Theory]
        [InlineData(0.25, 3.25)]
        [InlineData(0.5, 5.5)]
        [InlineData(0.75, 7.75)]
        [InlineData(0.0, 1.0)]
        [InlineData(1.0, 10.0)]
        [InlineData(0.95, 9.55)]
        public void One_to_ten_gives_the_type_7_values(double p, double expected)
        {
            Assert.Equal(expected, Quantiles.OfSorted(OneToTen, p), 12);
        }

        [Fact]
        public void It_matches_numpy_percentile_between_order_statistics()
        {
            // numpy.percentile([15, 20, 35, 40, 50], 40) == 29.0: h = 4 * 0.4 = 1.6, 20 + 0.6 * 15.
            Assert.Equal(29.0, Quantiles.OfSorted([15, 20, 35, 40, 50], 0.4), 12);
        }

        [Fact]
        public void A_single_value_is_every_quantile()
        {
            Assert.Equal(7.0, Quantiles.OfSorted([7.0], 0.0));
            Assert.Equal(7.0, Quantiles.OfSorted([7.0], 0.99));
        }

        [Theory]
        [InlineData(-0.1)]
        [InlineData(1.1)]
        [InlineData(double.NaN)]
        public void A_probability_outside_zero_to_one_is_refused(double p)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.OfSorted(OneToTen, p));
        }

        [Fact]
        public void An_empty_sample_is_refused()
        {
            Assert.Throws<ArgumentException>(() => Quantiles.OfSorted([], 0.5));
        }
    }

    public sealed class Of
    {
        [Fact]
        public void Unsorted_values_are_sorted_first()
        {
            Assert.Equal(5.5, Quantiles.Of([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 0.5), 12);
        }

        [Fact]
        public void NaN_is_refused_rather_than_silently_ordered()
        {
            Assert.Throws<ArgumentException>(() => Quantiles.Of([1, double.NaN, 3], 0.5));
        }
    }
}
