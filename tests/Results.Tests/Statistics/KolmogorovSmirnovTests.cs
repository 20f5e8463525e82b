using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class KolmogorovSmirnovTests
{
    [Fact]
    public void Identical_samples_are_at_distance_zero()
    {
        Assert.Equal(0, KolmogorovSmirnov.Distance([1.0, 2, 3, 4], [4.0, 3, 2, 1]));
    }

    [Fact]
    public void Samples_that_do_not_overlap_are_at_distance_one()
    {
        Assert.Equal(1, KolmogorovSmirnov.Distance([1.0, 2, 3], [10.0, 11]));
    }

    [Fact]
    public void Half_overlapping_samples_are_at_distance_one_half()
    {
        // F_a reaches 0.5 at 2 while F_b is still 0; from 3 on they differ by 0.5 until 4, then F_a = 1 and F_b = 0.5
        Assert.Equal(0.5, KolmogorovSmirnov.Distance([1.0, 2, 3, 4], [3.0, 4, 5, 6]), 12);
    }

    [Fact]
    public void Ties_across_the_samples_move_both_CDFs_at_once()
    {
        // Every value appears in both: the CDFs step together and never differ by more than 1/6 (at 1: 1/2 vs 1/3)
        Assert.Equal(1.0 / 6, KolmogorovSmirnov.Distance([1.0, 2], [1.0, 2, 2]), 12);
    }

    [Fact]
    public void A_shift_by_a_tenth_of_a_uniform_range_gives_a_tenth()
    {
        double[] a = [.. Enumerable.Range(0, 1000).Select(i => i / 1000.0)];
        double[] b = [.. Enumerable.Range(100, 1000).Select(i => i / 1000.0)];

        Assert.Equal(0.1, KolmogorovSmirnov.Distance(a, b), 3);
    }

    [Fact]
    public void An_empty_sample_is_refused()
    {
        Assert.Throws<ArgumentException>(() => KolmogorovSmirnov.Distance([], [1.0]));
    }
}
