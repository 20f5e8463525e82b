namespace Burstsim.Samples.BoundedLoad.Tests;

public sealed class HashRingTests
{
    private static string[] Names(int count) => [.. Enumerable.Range(0, count).Select(i => $"invoker{i}")];

    [Fact]
    public void Given_any_key_When_walking_clockwise_Then_every_invoker_comes_exactly_once()
    {
        var ring = new HashRing(Names(6), 20);
        foreach (string key in new[] { "a", "guest/sleep", "tenant/fn42" })
        {
            Assert.Equal(Enumerable.Range(0, 6), ring.Clockwise(RingHash.Of(key)).Order());
        }
    }

    [Fact]
    public void Given_an_invoker_added_When_keys_are_looked_up_Then_only_keys_moving_to_the_new_invoker_change_owner()
    {
        var before = new HashRing(Names(5), 100);
        var after = new HashRing(Names(6), 100);
        int moved = 0;
        for (int k = 0; k < 1000; k++)
        {
            ulong key = RingHash.Of($"guest/fn{k}");
            int was = before.Clockwise(key).First();
            int now = after.Clockwise(key).First();
            if (was != now)
            {
                Assert.Equal(5, now);
                moved++;
            }
        }

        // About 1/6 of the keys move; far from all of them (a modulo hash would move 5/6).
        Assert.InRange(moved, 80, 300);
    }

    [Fact]
    public void Given_virtual_nodes_When_many_keys_are_looked_up_Then_each_invoker_owns_a_fair_share()
    {
        var ring = new HashRing(Names(4), 200);
        int[] owned = new int[4];
        for (int k = 0; k < 4000; k++)
        {
            owned[ring.Clockwise(RingHash.Of($"guest/fn{k}")).First()]++;
        }

        Assert.All(owned, n => Assert.InRange(n, 700, 1300));
    }

    // Pinned: a placement must not depend on the process (string.GetHashCode does) or the machine.
    [Theory]
    [InlineData("guest/sleep", 12832314179513479158UL)]
    [InlineData("", 17665956581633026203UL)]
    public void The_hash_is_the_same_on_every_run_and_machine(string key, ulong expected) => Assert.Equal(expected, RingHash.Of(key));
}
