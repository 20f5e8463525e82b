using Burstsim.Simulator.Engine;
using CsCheck;

namespace Burstsim.Simulator.Tests.Engine;

public sealed class EventQueueKindTests
{
    /// <summary>
    /// A random model driven by one seed: every event may schedule more events (delays from zero, a few
    /// ticks, up to 2^40 ticks, so ties and every radix bucket occur) and may cancel one still pending;
    /// the run pauses at random instants with RunUntil. The trace is (ticks, event number) per event run.
    /// </summary>
    private static List<(long Ticks, int Id)> Trace(EventQueueKind kind, ulong seed)
    {
        var sim = new Simulation(kind, initialCapacity: 4);
        var rng = new StreamRandom(seed);
        var trace = new List<(long, int)>();
        var pending = new List<EventId>();
        int next = 0;

        long Delay() => rng.Next(0, 4) switch
        {
            0 => 0,
            1 => rng.Next(0, 8),
            2 => rng.Next(0, 1_000_000),
            _ => (long)(rng.NextUInt64() % (1UL << 40)),
        };

        void ScheduleOne()
        {
            int id = next++;
            pending.Add(sim.Schedule(new SimSpan(Delay()), () =>
            {
                trace.Add((sim.Now.Ticks, id));
                if (next < 3000)
                {
                    for (int k = rng.Next(0, 3); k > 0; k--)
                    {
                        ScheduleOne();
                    }
                }

                if (pending.Count > 0 && rng.Next(0, 5) == 0)
                {
                    sim.Cancel(pending[rng.Next(0, pending.Count)]);
                }
            }));
        }

        for (int i = 0; i < 50; i++)
        {
            ScheduleOne();
        }

        while (sim.Pending > 0)
        {
            sim.RunUntil(sim.Now + new SimSpan(Delay()));
            if (next < 3000)
            {
                ScheduleOne(); // scheduled after a pause, possibly before events the pause looked at
            }
        }

        return trace;
    }

    [Fact]
    public void The_radix_heap_runs_exactly_the_events_the_comparison_heap_runs_in_the_same_order()
    {
        // Given random models with ties, long jumps, cancellations and pauses
        // When each runs once on the radix heap and once on the comparison heap
        // Then both traces are identical
        Gen.ULong.Sample(seed => Assert.Equal(Trace(EventQueueKind.Heap, seed), Trace(EventQueueKind.Radix, seed)), iter: 60);
    }

    [Theory]
    [InlineData(EventQueueKind.Radix)]
    [InlineData(EventQueueKind.Heap)]
    public void After_a_pause_an_event_can_be_scheduled_before_the_next_one_pending(EventQueueKind kind)
    {
        // Given an event at 20 s and a run paused at 10 s (the pause has seen the event at 20 s)
        var sim = new Simulation(kind);
        var order = new List<string>();
        sim.ScheduleAt(SimTime.FromSeconds(20), () => order.Add("at 20 s"));
        sim.RunUntil(SimTime.FromSeconds(10));

        // When an event is scheduled at 15 s
        sim.ScheduleAt(SimTime.FromSeconds(15), () => order.Add("at 15 s"));
        sim.Run();

        // Then it runs first, at its own time
        Assert.Equal(["at 15 s", "at 20 s"], order);
        Assert.Equal(SimTime.FromSeconds(20), sim.Now);
    }

    [Theory]
    [InlineData(EventQueueKind.Radix)]
    [InlineData(EventQueueKind.Heap)]
    public void Instants_far_apart_on_the_clock_keep_their_order(EventQueueKind kind)
    {
        // Given events near the clock's end and near its start, pushed far end first
        var sim = new Simulation(kind);
        var seen = new List<long>();
        long[] ticks = [long.MaxValue - 1, long.MaxValue / 2, 1L << 62, 3, 0, long.MaxValue - 1];
        foreach (long t in ticks)
        {
            sim.ScheduleAt(new SimTime(t), () => seen.Add(sim.Now.Ticks));
        }

        // When the run ends
        sim.Run();

        // Then they ran in time order
        Assert.Equal(ticks.Order(), seen);
    }
}
