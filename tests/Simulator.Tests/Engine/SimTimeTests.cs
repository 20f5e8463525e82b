using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Engine;

public sealed class SimTimeTests
{
    [Theory]
    [InlineData(0.0, 0L)]
    [InlineData(1.0, 1_000_000L)]
    [InlineData(0.0000015, 2L)]
    [InlineData(5.004, 5_004_000L)]
    public void Seconds_convert_to_whole_microsecond_ticks(double seconds, long ticks)
    {
        Assert.Equal(ticks, SimTime.FromSeconds(seconds).Ticks);
        Assert.Equal(ticks, SimSpan.FromSeconds(seconds).Ticks);
    }

    [Fact]
    public void Negative_or_not_a_number_seconds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SimTime.FromSeconds(double.NaN));
    }

    [Fact]
    public void Arithmetic_between_instants_and_spans()
    {
        var t = SimTime.FromSeconds(2) + SimSpan.FromMilliseconds(500);
        Assert.Equal(2.5, t.Seconds);
        Assert.Equal(SimSpan.FromSeconds(1.5), t - SimTime.FromSeconds(1));
    }
}
