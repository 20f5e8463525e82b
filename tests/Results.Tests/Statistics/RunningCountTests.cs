using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class RunningCountTests
{
    public sealed class Of
    {
        [Fact]
        public void Overlapping_intervals_step_up_and_back_down_to_zero()
        {
            var steps = RunningCount.Of([(0, 2), (1, 3), (1, 4)]);

            Assert.Equal([new CountStep(0, 1), new CountStep(1, 3), new CountStep(2, 2), new CountStep(3, 1), new CountStep(4, 0)], steps);
        }

        [Fact]
        public void Back_to_back_intervals_do_not_overlap()
        {
            var steps = RunningCount.Of([(0, 1), (1, 2)]);

            Assert.Equal([new CountStep(0, 1), new CountStep(2, 0)], steps);
        }

        [Fact]
        public void An_interval_ending_before_it_starts_is_refused()
        {
            Assert.Throws<ArgumentException>(() => RunningCount.Of([(2, 1)]));
        }
    }

    public sealed class Peak
    {
        [Fact]
        public void It_is_the_most_intervals_open_at_once()
        {
            Assert.Equal(3, RunningCount.Peak([(0, 2), (1, 3), (1, 4), (3.5, 5)]));
            Assert.Equal(0, RunningCount.Peak([]));
        }
    }
}
