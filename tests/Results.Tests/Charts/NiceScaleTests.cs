using Burstsim.Results.Charts;

namespace Burstsim.Results.Tests.Charts;

public sealed class NiceScaleTests
{
    public sealed class Covering
    {
        [Theory]
        [InlineData(0.0, 9.3)]
        [InlineData(0.013, 0.0871)]
        [InlineData(-3.2, 47.0)]
        [InlineData(1000000.0, 1000003.0)]
        [InlineData(5.0, 5.0)]
        [InlineData(0.0, 0.0)]
        [InlineData(-7.5, -7.4)]
        [InlineData(0.1, 0.30000000000000004)]
        public void The_range_covers_the_data_with_1_2_5_steps(double min, double max)
        {
            var scale = NiceScale.Covering(min, max, maxTicks: 6);

            Assert.True(scale.Min <= min && scale.Max >= max, $"[{scale.Min}, {scale.Max}] does not cover [{min}, {max}]");
            double mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step) + 1e-9));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
            Assert.InRange(scale.Ticks.Count, 2, 7);
        }

        [Fact]
        public void Zero_to_nine_point_three_in_five_intervals_steps_by_two()
        {
            var scale = NiceScale.Covering(0, 9.3, maxTicks: 5);

            Assert.Equal([0.0, 2, 4, 6, 8, 10], scale.Ticks);
        }

        [Fact]
        public void Tick_labels_carry_no_floating_point_noise()
        {
            var scale = NiceScale.Covering(0, 0.3, maxTicks: 3);

            Assert.Equal(["0.0", "0.1", "0.2", "0.3"], scale.Ticks.Select(scale.Format));
        }

        [Fact]
        public void Include_zero_stretches_the_range_down_to_zero()
        {
            var scale = NiceScale.Covering(3.5, 9, includeZero: true);

            Assert.Equal(0, scale.Min);
        }

        [Fact]
        public void A_minimum_step_keeps_indexes_whole()
        {
            var scale = NiceScale.Covering(0, 2, maxTicks: 6, minStep: 1);

            Assert.Equal(1, scale.Step);
            Assert.Equal(["0", "1", "2"], scale.Ticks.Select(scale.Format));
        }

        [Fact]
        public void A_reversed_or_infinite_range_is_refused()
        {
            Assert.Throws<ArgumentException>(() => NiceScale.Covering(2, 1));
            Assert.Throws<ArgumentException>(() => NiceScale.Covering(0, double.PositiveInfinity));
        }
    }
}
