using Burstsim.Results.Summary;

namespace Burstsim.Results.Tests.Summary;

public sealed class TickColumnTests
{
    [Fact]
    public void Keeps_values_near_the_first_exactly_and_sorts_them()
    {
        var column = new TickColumn();
        long[] values = [5_000_000_000, 4_999_000_000, 5_000_000_001, 6_000_000_000, 4_000_000_000];
        foreach (long v in values)
        {
            column.Add(v);
        }

        column.Sort();

        Assert.Equal(values.Order(), Enumerable.Range(0, column.Count).Select(i => column[i]));
    }

    [Fact]
    public void Widens_once_a_value_lies_more_than_35_minutes_from_the_first_and_loses_nothing()
    {
        var column = new TickColumn();
        column.CapacityHint = 3; // values beyond the hint still fit
        long[] values = [7, 3, 7L + int.MaxValue + 1L, long.MinValue / 2, 11];
        foreach (long v in values)
        {
            column.Add(v);
        }

        Assert.Equal(values, Enumerable.Range(0, column.Count).Select(i => column[i]));
        column.Sort();
        Assert.Equal(values.Order(), Enumerable.Range(0, column.Count).Select(i => column[i]));
    }

    [Fact]
    public void Reads_as_seconds_like_a_simulation_span()
    {
        var column = new TickColumn();
        column.Add(1_500_000);
        column.Add(250_000);

        Assert.Equal([1.5, 0.25], column.AsSeconds());
    }

    [Fact]
    public void Refuses_an_index_past_its_values()
    {
        var column = new TickColumn();
        column.CapacityHint = 8;
        column.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => column[1]);
    }

    [Fact]
    public void Grows_by_doubling_but_lands_on_its_hint_exactly()
    {
        var column = new TickColumn { CapacityHint = 10 };
        var capacities = new List<int>();
        for (int i = 0; i < 11; i++)
        {
            column.Add(i);
            capacities.Add(column.Capacity);
        }

        // 4, 8, then 10 (the hint, not 16); the eleventh value doubles past it.
        Assert.Equal([4, 4, 4, 4, 8, 8, 8, 8, 10, 10, 20], capacities);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => (long)i), Enumerable.Range(0, column.Count).Select(i => column[i]));
    }

    [Fact]
    public void Spills_sorted_runs_past_its_limit_and_reads_back_every_value_in_order()
    {
        var random = new Random(11);
        var column = new TickColumn(spillRows: 5);
        var values = new List<long>();
        for (int i = 0; i < 53; i++)
        {
            // Narrow offsets first, then values hours away (the held part widens between two spills), negatives too.
            long v = i < 20 ? random.Next(-1000, 1000) : (i % 3 == 0 ? long.MinValue / 4 : 0) + random.NextInt64(-1L << 40, 1L << 40);
            column.Add(v);
            values.Add(v);
        }

        column.Sort();

        Assert.True(column.Spilled);
        Assert.True(column.Capacity <= 5);
        long[] expected = [.. values.Order()];
        Assert.Equal(expected, Enumerable.Range(0, column.Count).Select(i => column[i]));
        Assert.Equal(expected[52], column[52]);
        Assert.Equal(expected[51], column[51]); // the one just before is kept
        Assert.Equal(expected[3], column[3]);   // further back merges again
        Assert.Equal(expected.Select(t => new Burstsim.Simulator.Engine.SimSpan(t).Seconds), column.AsSeconds());
    }

    [Fact]
    public void Spilled_values_added_after_a_sort_join_the_runs_at_the_next_sort()
    {
        var column = new TickColumn(spillRows: 2);
        foreach (long v in new long[] { 9, 1, 5 })
        {
            column.Add(v);
        }

        column.Sort();
        Assert.Equal(1, column[0]);
        column.Add(0);
        column.Add(7);

        Assert.Throws<InvalidOperationException>(() => column[0]);
        column.Sort();
        Assert.Equal([0L, 1, 5, 7, 9], Enumerable.Range(0, column.Count).Select(i => column[i]));
    }

    [Fact]
    public void A_column_under_its_limit_never_spills()
    {
        var column = new TickColumn(spillRows: 4);
        for (int i = 0; i < 4; i++)
        {
            column.Add(4 - i);
        }

        column.Sort();

        Assert.False(column.Spilled);
        Assert.Equal([1L, 2, 3, 4], Enumerable.Range(0, 4).Select(i => column[i]));
    }
}
