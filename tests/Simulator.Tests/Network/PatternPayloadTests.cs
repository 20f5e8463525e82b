using Burstsim.Simulator.Network;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Network;

/// <summary>What an exchange phase's mb means for each pattern (docs/scenarios.md states it in one sentence each).</summary>
public sealed class PatternPayloadTests
{
    private static readonly int[] Alone = [0, 1, 2, 3];

    private static (int From, int[] To, double Bytes)[] Step(CommPattern pattern, int[] leaders, int step = 0) =>
        [.. PatternSteps.For(pattern, 100, leaders)[step].Select(m => (m.Source, m.Destinations.ToArray(), m.Bytes))];

    [Fact]
    public void Send_moves_mb_from_each_function_to_the_next()
    {
        Assert.Equal([(0, [1], 100.0), (1, [2], 100.0), (2, [3], 100.0), (3, [0], 100.0)], Step(CommPattern.Send, Alone), Same);
    }

    [Fact]
    public void Broadcast_sends_the_root_s_mb_to_every_other_function()
    {
        Assert.Equal([(0, [1, 2, 3], 100.0)], Step(CommPattern.Broadcast, Alone), Same);
    }

    [Fact]
    public void Gather_sends_mb_from_every_other_function_to_the_root()
    {
        Assert.Equal([(1, [0], 100.0), (2, [0], 100.0), (3, [0], 100.0)], Step(CommPattern.Gather, Alone), Same);
    }

    [Fact]
    public void All_to_all_splits_each_function_s_mb_in_N_parts_one_to_each_other_function()
    {
        var messages = Step(CommPattern.AllToAll, Alone);

        Assert.Equal(12, messages.Length);
        Assert.All(messages, m => Assert.Equal(25.0, m.Bytes));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(75.0, messages.Where(m => m.From == i).Sum(m => m.Bytes)));
    }

    [Fact]
    public void Allreduce_reduces_to_container_leaders_gathers_them_at_the_root_then_broadcasts()
    {
        int[] leaders = [0, 0, 2, 2];

        Assert.Equal([(1, [0], 100.0), (3, [2], 100.0)], Step(CommPattern.AllReduce, leaders, 0), Same);
        Assert.Equal([(2, [0], 100.0)], Step(CommPattern.AllReduce, leaders, 1), Same);
        Assert.Equal([(0, [1, 2, 3], 100.0)], Step(CommPattern.AllReduce, leaders, 2), Same);
    }

    private static readonly IEqualityComparer<(int From, int[] To, double Bytes)> Same = new MessageEquality();

    private sealed class MessageEquality : IEqualityComparer<(int From, int[] To, double Bytes)>
    {
        public bool Equals((int From, int[] To, double Bytes) x, (int From, int[] To, double Bytes) y) =>
            x.From == y.From && x.To.SequenceEqual(y.To) && x.Bytes == y.Bytes;

        public int GetHashCode((int From, int[] To, double Bytes) obj) => obj.From;
    }
}
