using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class WassersteinTests
{
    [Fact]
    public void Identical_samples_are_0_apart() => Assert.Equal(0, Wasserstein.Distance([1, 2, 3, 3], [3, 1, 3, 2]));

    [Fact]
    public void A_shift_by_d_is_d_apart() => Assert.Equal(2.5, Wasserstein.Distance([1, 4, 9], [3.5, 6.5, 11.5]), 12);

    [Fact]
    public void Unequal_sizes_weigh_each_value_by_its_share()
    {
        // F_a jumps to 1 at 0; F_b to 0.5 at 0 and to 1 at 1: the area between them is 0.5 x 1.
        Assert.Equal(0.5, Wasserstein.Distance([0], [0, 1]), 12);

        // As scipy.stats.wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5 and ([0, 1], [0, 0, 3]) = 1.
        Assert.Equal(5, Wasserstein.Distance([0, 1, 3], [5, 6, 8]), 12);
        Assert.Equal(5.0 / 6, Wasserstein.Distance([0, 1], [0, 0, 3]), 12);
    }

    [Fact]
    public void Is_symmetric() => Assert.Equal(Wasserstein.Distance([0.1, 7, 3], [2, 2, 5, 11]), Wasserstein.Distance([2, 2, 5, 11], [0.1, 7, 3]), 12);

    [Fact]
    public void Refuses_empty_or_non_finite_samples()
    {
        Assert.Throws<ArgumentException>(() => Wasserstein.Distance([], [1]));
        Assert.Throws<ArgumentException>(() => Wasserstein.Distance([double.NaN], [1]));
        Assert.Throws<ArgumentException>(() => Wasserstein.Distance([1], [double.PositiveInfinity]));
    }
}
