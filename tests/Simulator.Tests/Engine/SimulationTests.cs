using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Engine;

public sealed class SimulationTests
{
    public sealed class Ordering
    {
        [Fact]
        public void Same_time_events_run_first_in_first_out()
        {
            var sim = new Simulation();
            var order = new List<int>();
            for (int i = 0; i < 50; i++)
            {
                int k = i;
                sim.ScheduleAt(SimTime.FromSeconds(1), () => order.Add(k));
            }

            sim.Run();

            Assert.Equal(Enumerable.Range(0, 50), order);
        }

        [Fact]
        public void Events_run_in_time_order_and_same_time_ties_keep_insertion_order_under_heap_churn()
        {
            var sim = new Simulation(initialCapacity: 4);
            var rng = new StreamRandom(7);
            var expected = new List<(long T, int I)>();
            var seen = new List<(long T, int I)>();
            for (int i = 0; i < 5000; i++)
            {
                long t = rng.Next(0, 40); // many ties
                int k = i;
                expected.Add((t, k));
                sim.ScheduleAt(new SimTime(t), () => seen.Add((sim.Now.Ticks, k)));
            }

            sim.Run();

            Assert.Equal(expected.OrderBy(e => e.T).ThenBy(e => e.I), seen);
        }

        [Fact]
        public void An_event_scheduled_for_now_runs_after_those_already_waiting_at_now()
        {
            var sim = new Simulation();
            var order = new List<string>();
            sim.ScheduleAt(SimTime.FromSeconds(1), () =>
            {
                order.Add("a");
                sim.Schedule(SimSpan.Zero, () => order.Add("c"));
            });
            sim.ScheduleAt(SimTime.FromSeconds(1), () => order.Add("b"));

            sim.Run();

            Assert.Equal(["a", "b", "c"], order);
        }

        [Fact]
        public void Scheduling_in_the_past_is_refused()
        {
            var sim = new Simulation();
            sim.ScheduleAt(SimTime.FromSeconds(2), () => { });
            sim.Run();

            Assert.Throws<ArgumentOutOfRangeException>(() => sim.ScheduleAt(SimTime.FromSeconds(1), () => { }));
        }
    }

    public sealed class Cancellation
    {
        [Fact]
        public void A_cancelled_event_does_not_run_and_leaves_the_pending_count()
        {
            var sim = new Simulation();
            var ran = new List<int>();
            sim.ScheduleAt(SimTime.FromSeconds(1), () => ran.Add(1));
            var id = sim.ScheduleAt(SimTime.FromSeconds(2), () => ran.Add(2));
            sim.ScheduleAt(SimTime.FromSeconds(3), () => ran.Add(3));

            Assert.True(sim.Cancel(id));
            Assert.Equal(2, sim.Pending);
            sim.Run();

            Assert.Equal([1, 3], ran);
            Assert.Equal(2, sim.Processed);
        }

        [Fact]
        public void Cancelling_twice_or_after_the_event_ran_returns_false()
        {
            var sim = new Simulation();
            var first = sim.ScheduleAt(SimTime.FromSeconds(1), () => { });
            var second = sim.ScheduleAt(SimTime.FromSeconds(2), () => { });

            Assert.True(sim.Cancel(second));
            Assert.False(sim.Cancel(second));
            sim.Run();

            Assert.False(sim.Cancel(first));
            Assert.Equal(0, sim.Pending);
        }

        [Fact]
        public void An_event_can_cancel_a_later_event_at_the_same_instant()
        {
            var sim = new Simulation();
            var ran = new List<string>();
            EventId later = default;
            sim.ScheduleAt(SimTime.FromSeconds(1), () => { ran.Add("a"); Assert.True(sim.Cancel(later)); });
            later = sim.ScheduleAt(SimTime.FromSeconds(1), () => ran.Add("b"));

            sim.Run();

            Assert.Equal(["a"], ran);
        }
    }

    public sealed class RunUntil
    {
        [Fact]
        public void Until_a_time_runs_events_at_that_time_and_stops_the_clock_there()
        {
            var sim = new Simulation();
            var ran = new List<double>();
            foreach (double t in new[] { 1.0, 2.0, 2.0, 3.0 })
            {
                sim.ScheduleAt(SimTime.FromSeconds(t), () => ran.Add(sim.Now.Seconds));
            }

            sim.RunUntil(SimTime.FromSeconds(2));

            Assert.Equal([1.0, 2.0, 2.0], ran);
            Assert.Equal(SimTime.FromSeconds(2), sim.Now);
            Assert.Equal(1, sim.Pending);
        }

        [Fact]
        public void Until_a_time_with_no_events_left_advances_the_clock()
        {
            var sim = new Simulation();
            sim.RunUntil(SimTime.FromSeconds(5));

            Assert.Equal(5.0, sim.Now.Seconds);
        }

        [Fact]
        public void Until_a_condition_stops_right_after_the_event_that_made_it_true()
        {
            var sim = new Simulation();
            int count = 0;
            for (int i = 1; i <= 10; i++)
            {
                sim.ScheduleAt(SimTime.FromSeconds(i), () => count++);
            }

            sim.RunUntil(() => count == 4);

            Assert.Equal(4, count);
            Assert.Equal(4.0, sim.Now.Seconds);
            Assert.Equal(6, sim.Pending);
        }

        [Fact]
        public void Run_until_empty_processes_events_scheduled_by_events()
        {
            var sim = new Simulation();
            int hops = 0;
            void Hop()
            {
                if (++hops < 100)
                {
                    sim.Schedule(SimSpan.FromMilliseconds(10), Hop);
                }
            }

            sim.Schedule(SimSpan.Zero, Hop);
            sim.Run();

            Assert.Equal(100, hops);
            Assert.Equal(0.99, sim.Now.Seconds, 9);
        }
    }
}
