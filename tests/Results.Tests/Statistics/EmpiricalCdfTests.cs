using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class EmpiricalCdfTests
{
    public sealed class Evaluate
    {
        [Theory]
        [InlineData(0.0, 0.0)]
        [InlineData(1.0, 0.25)]
        [InlineData(1.5, 0.25)]
        [InlineData(2.0, 0.75)]
        [InlineData(3.0, 1.0)]
        [InlineData(99.0, 1.0)]
        public void It_is_the_fraction_of_values_at_or_below_x(double x, double expected)
        {
            var cdf = new EmpiricalCdf([3, 2, 1, 2]);

            Assert.Equal(expected, cdf.Evaluate(x));
        }
    }

    public sealed class Steps
    {
        [Fact]
        public void There_is_one_step_per_distinct_value_ending_at_one()
        {
            var steps = new EmpiricalCdf([3, 2, 1, 2]).Steps();

            Assert.Equal([new CdfStep(1, 0.25), new CdfStep(2, 0.75), new CdfStep(3, 1)], steps);
        }

        [Fact]
        public void Thinning_keeps_the_first_and_last_step_and_stays_monotone()
        {
            var cdf = new EmpiricalCdf(Enumerable.Range(0, 1000).Select(i => (double)i));

            var steps = cdf.Steps(maxSteps: 10);

            Assert.InRange(steps.Count, 2, 10);
            Assert.Equal(new CdfStep(0, 0.001), steps[0]);
            Assert.Equal(new CdfStep(999, 1), steps[^1]);
            Assert.True(steps.Zip(steps.Skip(1)).All(p => p.First.X < p.Second.X && p.First.Fraction < p.Second.Fraction));
        }
    }
}
