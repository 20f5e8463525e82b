using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Statistics;

public sealed class BoxplotStatsTests
{
    public sealed class FromValues
    {
        [Fact]
        public void One_to_ten_has_type_7_quartiles_and_no_outliers()
        {
            var stats = BoxplotStats.FromValues([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

            Assert.Equal(10, stats.N);
            Assert.Equal(3.25, stats.Q1, 12);
            Assert.Equal(5.5, stats.Median, 12);
            Assert.Equal(7.75, stats.Q3, 12);
            Assert.Equal(4.5, stats.Iqr, 12);
            Assert.Equal(5.5, stats.Mean, 12);
            Assert.Equal(1, stats.WhiskerLow);
            Assert.Equal(10, stats.WhiskerHigh);
            Assert.Empty(stats.Outliers);
        }

        [Fact]
        public void Boxplot_whiskers_stop_at_the_last_point_within_1_5_IQR()
        {
            // 1..10 and 30: Q1 3.5, Q3 8.5, IQR 5, fences -4 and 16; 10 is the last point inside.
            var stats = BoxplotStats.FromValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30]);

            Assert.Equal(3.5, stats.Q1, 12);
            Assert.Equal(6, stats.Median, 12);
            Assert.Equal(8.5, stats.Q3, 12);
            Assert.Equal(10, stats.WhiskerHigh);
            Assert.Equal(1, stats.WhiskerLow);
            Assert.Equal([30.0], stats.Outliers);
            Assert.Equal(30, stats.Max);
        }

        [Fact]
        public void A_value_exactly_on_the_fence_is_not_an_outlier()
        {
            var stats = BoxplotStats.FromValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16]);

            Assert.Equal(16, stats.WhiskerHigh);
            Assert.Empty(stats.Outliers);
        }

        [Fact]
        public void Low_outliers_are_listed_in_ascending_order()
        {
            var stats = BoxplotStats.FromValues([5, -20, 1, 2, 3, 4, -30, 6, 7, 8, 9, 10]);

            Assert.Equal([-30.0, -20.0], stats.Outliers);
            Assert.Equal(1, stats.WhiskerLow);
            Assert.Equal(-30, stats.Min);
        }

        [Fact]
        public void Equal_values_give_a_flat_box_with_whiskers_on_it()
        {
            var stats = BoxplotStats.FromValues([2.5, 2.5, 2.5]);

            Assert.Equal(0, stats.Iqr);
            Assert.Equal(2.5, stats.WhiskerLow);
            Assert.Equal(2.5, stats.WhiskerHigh);
            Assert.Empty(stats.Outliers);
        }

        [Fact]
        public void An_empty_sample_is_refused()
        {
            Assert.Throws<ArgumentException>(() => BoxplotStats.FromValues([]));
        }
    }
}
