using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

public sealed class PercentileCurveTests
{
    public sealed class A_percentile_curve
    {
        private readonly PercentileCurve _curve = new([(0, 10), (0.5, 20), (1.0, 60)]);

        [Theory]
        [InlineData(0.0, 10)]
        [InlineData(0.25, 15)]
        [InlineData(0.5, 20)]
        [InlineData(0.75, 40)]
        [InlineData(1.0, 60)]
        public void Interpolates_linearly_between_its_points(double quantile, double expected)
        {
            Assert.Equal(expected, _curve.At(quantile), precision: 9);
        }

        [Fact]
        public void Stays_flat_below_its_first_point_and_evens_out_values_out_of_order()
        {
            var curve = new PercentileCurve([(0.01, 120), (0.5, 100), (1.0, 200)]);

            Assert.Equal(120, curve.At(0.001));
            Assert.Equal(120, curve.At(0.5));
        }

        [Fact]
        public void Refuses_quantiles_that_do_not_rise()
        {
            Assert.Throws<ArgumentException>(() => new PercentileCurve([(0.5, 1), (0.5, 2)]));
        }
    }
}
