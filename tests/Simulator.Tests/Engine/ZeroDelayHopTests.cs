using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Engine;

/// <summary>
/// Events scheduled for the current instant (zero-delay hops) skip the event queue. They must still run exactly where
/// (time, sequence) order puts them: after every event already due at this instant, including streamed arrivals that
/// hold reserved (smaller) numbers and are scheduled only later, and before anything later.
/// </summary>
public sealed class ZeroDelayHopTests
{
    [Fact]
    public void A_hop_runs_after_the_events_already_due_at_its_instant_and_before_later_ones()
    {
        foreach (var sim in Kernels())
        {
            var order = new List<string>();
            var at = SimTime.FromSeconds(1);
            sim.ScheduleAt(at, () =>
            {
                order.Add("a");
                sim.Schedule(SimSpan.Zero, () =>
                {
                    order.Add("hop1");
                    sim.Schedule(SimSpan.Zero, () => order.Add("hop2"));
                });
                sim.Schedule(new SimSpan(1), () => order.Add("later"));
            });
            sim.ScheduleAt(at, () => order.Add("b"));
            sim.ScheduleAt(at, () => order.Add("c"));

            sim.Run();

            Assert.Equal(["a", "b", "c", "hop1", "hop2", "later"], order);
        }
    }

    [Fact]
    public void A_streamed_arrival_scheduled_after_a_hop_still_runs_before_it()
    {
        // Given arrivals at one instant with reserved numbers, each scheduling the next only when it runs
        // When the first arrival also schedules a zero-delay hop (before scheduling the second arrival)
        // Then the second arrival runs before the hop, as it would had all arrivals been scheduled up front
        foreach (var sim in Kernels())
        {
            var order = new List<string>();
            var at = SimTime.FromSeconds(1);
            long first = sim.ReserveSequences(2);
            sim.ScheduleReserved(at, first, () =>
            {
                order.Add("arrival0");
                sim.Schedule(SimSpan.Zero, () => order.Add("hop"));
                sim.ScheduleReserved(at, first + 1, () => order.Add("arrival1"));
            });

            sim.Run();

            Assert.Equal(["arrival0", "arrival1", "hop"], order);
        }
    }

    [Fact]
    public void Hops_waiting_when_numbers_are_reserved_keep_their_place_before_the_reserved_arrivals()
    {
        // Given hops scheduled at the start, then numbers reserved for arrivals at that same instant
        // Then the hops (smaller numbers) run first, the arrivals after, then a hop scheduled by an arrival
        foreach (var sim in Kernels())
        {
            var order = new List<string>();
            sim.Schedule(SimSpan.Zero, () => order.Add("setup0"));
            sim.Schedule(SimSpan.Zero, () => order.Add("setup1"));
            long first = sim.ReserveSequences(1);
            sim.ScheduleReserved(SimTime.Zero, first, () =>
            {
                order.Add("arrival");
                sim.Schedule(SimSpan.Zero, () => order.Add("hop"));
            });

            sim.Run();

            Assert.Equal(["setup0", "setup1", "arrival", "hop"], order);
        }
    }

    [Fact]
    public void A_cancelled_hop_does_not_run_and_counts_as_pending_until_cancelled()
    {
        foreach (var sim in Kernels())
        {
            var order = new List<string>();
            sim.ScheduleAt(SimTime.FromSeconds(1), () =>
            {
                var hop = sim.Schedule(SimSpan.Zero, () => order.Add("hop"));
                sim.Schedule(SimSpan.Zero, () => order.Add("kept"));
                Assert.Equal(2, sim.Pending);
                Assert.True(sim.Cancel(hop));
                Assert.Equal(1, sim.Pending);
            });

            sim.Run();

            Assert.Equal(["kept"], order);
            Assert.Equal(0, sim.Pending);
            Assert.Equal(2, sim.Processed);
        }
    }

    [Fact]
    public void A_pause_before_an_instant_leaves_its_hops_waiting()
    {
        // A hop waits at now; running until an earlier instant must not run it, running until now must
        var sim = new Simulation();
        var order = new List<string>();
        sim.ScheduleAt(SimTime.FromSeconds(2), () => order.Add("x"));
        sim.RunUntil(SimTime.FromSeconds(1));
        sim.Schedule(SimSpan.Zero, () => order.Add("hop"));
        sim.RunUntil(SimTime.FromSeconds(0.5));
        Assert.Empty(order);
        sim.RunUntil(SimTime.FromSeconds(1));
        Assert.Equal(["hop"], order);
        sim.Run();
        Assert.Equal(["hop", "x"], order);
    }

    private static IEnumerable<Simulation> Kernels() =>
        [new Simulation(), new Simulation(EventQueueKind.Heap), new Simulation(new RadixEventQueue(2, 1))];
}
