using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

public sealed class MinuteCountsTests
{
    [Fact]
    public void Gives_back_every_count_small_large_and_at_the_escape_byte()
    {
        int[] counts = [0, 1, 253, 254, 255, 256, 1_000_000, int.MaxValue, -1, 7];
        var minutes = new MinuteCounts(counts);

        Assert.Equal(counts.Length, minutes.Count);
        Assert.Equal(counts, Enumerable.Range(0, minutes.Count).Select(i => minutes[i]));
        Assert.Equal(counts, minutes);
    }

    [Fact]
    public void An_index_outside_the_window_is_refused()
    {
        var minutes = new MinuteCounts([3, 4]);

        Assert.Throws<IndexOutOfRangeException>(() => minutes[2]);
    }
}
