using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class CsvTextTests
{
    public sealed class FormatTicks
    {
        [Theory]
        [InlineData(0L, "0.000000")]
        [InlineData(1L, "0.000001")]
        [InlineData(1_500_000L, "1.500000")]
        [InlineData(1_700_487_727_954_002L, "1700487727.954002")]
        [InlineData(-1L, "-0.000001")]
        [InlineData(-2_000_001L, "-2.000001")]
        [InlineData(long.MaxValue, "9223372036854.775807")]
        [InlineData(long.MinValue, "-9223372036854.775808")]
        public void Writes_the_tick_count_with_a_decimal_point_six_places_from_the_right(long ticks, string expected)
        {
            Assert.Equal(expected, CsvText.FormatTicks(ticks));
        }
    }

    public sealed class FormatSeconds
    {
        [Theory]
        [InlineData(2.4899999, "2.490000")]
        [InlineData(-0.0000001, "0.000000")]
        [InlineData(double.NaN, "")]
        public void Writes_six_decimals_without_negative_zero_and_NaN_as_empty(double value, string expected)
        {
            Assert.Equal(expected, CsvText.FormatSeconds(value));
        }
    }
}
