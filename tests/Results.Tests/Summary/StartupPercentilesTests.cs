using Burstsim.Results.Summary;

namespace Burstsim.Results.Tests.Summary;

public sealed class StartupPercentilesTests
{
    public sealed class Percentile
    {
        [Theory]
        [InlineData(0.0, 1.0)]
        [InlineData(0.25, 1.75)] // numpy.percentile([1, 2, 3, 4], 25)
        [InlineData(0.5, 2.5)]
        [InlineData(0.9, 3.7)]
        [InlineData(1.0, 4.0)]
        public void Matches_numpy_on_a_small_sample(double p, double expected)
        {
            Assert.Equal(expected, StartupPercentiles.Percentile([1.0, 2.0, 3.0, 4.0], p), 12);
        }

        [Fact]
        public void Is_NaN_without_values()
        {
            Assert.True(double.IsNaN(StartupPercentiles.Percentile([], 0.5)));
        }

        [Theory]
        [InlineData(-0.1)]
        [InlineData(1.5)]
        [InlineData(double.NaN)]
        public void Rejects_a_fraction_outside_zero_to_one(double p)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => StartupPercentiles.Percentile([1.0], p));
        }
    }
}
