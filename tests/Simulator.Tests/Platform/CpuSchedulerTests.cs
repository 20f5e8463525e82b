using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Tests.Platform;

public sealed class CpuSchedulerTests
{
    private const double Tick = 1e-6;

    /// <summary>Starts a task at <paramref name="atS"/> and returns where its finish time will be written.</summary>
    private static Func<double> StartAt(Simulation sim, CpuScheduler cpu, double atS, double work, double weight = 1.0)
    {
        double finished = double.NaN;
        sim.ScheduleAt(SimTime.FromSeconds(atS), () => cpu.Start(work, weight, () => finished = sim.Now.Seconds));
        return () => finished;
    }

    public sealed class ProcessorSharing
    {
        [Theory]
        [InlineData(2, 4, 1.0, 2.0)] // 4 CPU-s over 2 CPUs
        [InlineData(2, 2, 1.0, 1.0)] // no contention
        [InlineData(4, 2, 1.0, 1.0)] // idle CPUs do not speed up a single-threaded function
        [InlineData(1, 3, 0.5, 1.5)]
        [InlineData(48, 96, 15.0, 30.0)] // the thesis Monte Carlo, two functions per CPU
        public void Equal_tasks_started_together_finish_together_when_the_work_is_spread_over_the_CPUs(int cpus, int tasks, double work, double expectedS)
        {
            // Given an invoker with some CPUs
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, cpus);

            // When equal tasks start at once
            var finishes = Enumerable.Range(0, tasks).Select(_ => StartAt(sim, cpu, 0, work)).ToArray();
            sim.Run();

            // Then each finishes at max(work, tasks x work / cpus)
            Assert.All(finishes, f => Assert.Equal(expectedS, f(), Tick));
            Assert.Equal(0, cpu.Runnable);
        }

        [Fact]
        public void A_task_added_midway_slows_the_running_one_from_then_on()
        {
            // Given one CPU running A (1 CPU-s) from 0
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 1);
            var a = StartAt(sim, cpu, 0.0, 1.0);

            // When B (1 CPU-s) arrives at 0.5
            var b = StartAt(sim, cpu, 0.5, 1.0);
            sim.Run();

            // Then A has 0.5 left at half speed: done at 1.5; B got 0.5 by then and finishes alone at 2.0
            Assert.Equal(1.5, a(), Tick);
            Assert.Equal(2.0, b(), Tick);
        }

        [Fact]
        public void Tasks_of_different_sizes_leave_in_turn_and_the_rest_speed_up()
        {
            // Given 2 CPUs and three tasks of 1, 2 and 3 CPU-s from 0
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 2);
            var small = StartAt(sim, cpu, 0, 1.0);
            var medium = StartAt(sim, cpu, 0, 2.0);
            var large = StartAt(sim, cpu, 0, 3.0);
            sim.Run();

            // Then at 2/3 CPU each the small one ends at 1.5; the other two then run at a full CPU:
            // medium has 1 left (done 2.5), large has 2 left (done 3.5)
            Assert.Equal(1.5, small(), Tick);
            Assert.Equal(2.5, medium(), Tick);
            Assert.Equal(3.5, large(), Tick);
        }

        [Fact]
        public void A_heavier_weight_gets_more_CPU_but_never_more_than_one()
        {
            // Given 2 CPUs and weights 3, 1, 1 (1 CPU-s each): water-filling gives 1, 0.5, 0.5
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 2);
            var heavy = StartAt(sim, cpu, 0, 1.0, weight: 3);
            var light1 = StartAt(sim, cpu, 0, 1.0, weight: 1);
            var light2 = StartAt(sim, cpu, 0, 1.0, weight: 1);
            sim.Run();

            // Then the heavy one ends at 1.0; the light ones have 0.5 left at a full CPU each: 1.5
            Assert.Equal(1.0, heavy(), Tick);
            Assert.Equal(1.5, light1(), Tick);
            Assert.Equal(1.5, light2(), Tick);
        }

        [Fact]
        public void Weights_share_one_CPU_in_proportion()
        {
            // Given 1 CPU and weights 2 and 1 (1 CPU-s each)
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 1);
            var heavy = StartAt(sim, cpu, 0, 1.0, weight: 2);
            var light = StartAt(sim, cpu, 0, 1.0, weight: 1);
            sim.Run();

            // Then 2/3 vs 1/3: the heavy ends at 1.5, the light has 0.5 left alone: 2.0
            Assert.Equal(1.5, heavy(), Tick);
            Assert.Equal(2.0, light(), Tick);
        }

        [Fact]
        public void Zero_work_finishes_at_once()
        {
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 1);
            var done = StartAt(sim, cpu, 3.0, 0.0);

            sim.Run();

            Assert.Equal(3.0, done(), Tick);
        }
    }

    public sealed class ExclusiveCpus
    {
        [Fact]
        public void CPUs_held_exclusively_leave_fewer_to_share()
        {
            // Given 4 CPUs of which a burst pack holds 2
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 4);
            cpu.HoldExclusive(2);

            // When 4 tasks of 1 CPU-s share the rest
            var finishes = Enumerable.Range(0, 4).Select(_ => StartAt(sim, cpu, 0, 1.0)).ToArray();
            sim.Run();

            // Then they take 2 s, as on a 2-CPU machine
            Assert.Equal(2, cpu.SharedCpus);
            Assert.All(finishes, f => Assert.Equal(2.0, f(), Tick));
        }

        [Fact]
        public void A_release_midway_speeds_up_the_shared_tasks()
        {
            // Given 4 CPUs, 3 held, and two 1 CPU-s tasks at half a CPU each
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 4);
            cpu.HoldExclusive(3);
            var a = StartAt(sim, cpu, 0, 1.0);
            var b = StartAt(sim, cpu, 0, 1.0);

            // When the pack releases its CPUs at 1.0
            sim.ScheduleAt(SimTime.FromSeconds(1.0), () => cpu.ReleaseExclusive(3));
            sim.Run();

            // Then each has 0.5 left at a full CPU: 1.5
            Assert.Equal(1.5, a(), Tick);
            Assert.Equal(1.5, b(), Tick);
            Assert.Equal(0, cpu.Exclusive);
        }

        [Fact]
        public void With_every_CPU_held_shared_work_waits_for_a_release()
        {
            // Given all 2 CPUs held
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 2);
            cpu.HoldExclusive(2);
            var a = StartAt(sim, cpu, 0, 1.0);

            // When they are released at 5.0
            sim.ScheduleAt(SimTime.FromSeconds(5.0), () => cpu.ReleaseExclusive(2));
            sim.Run();

            // Then the task runs only from then
            Assert.Equal(6.0, a(), Tick);
        }

        [Fact]
        public void A_hold_midway_slows_the_shared_tasks_down()
        {
            // Given 2 CPUs and two 2 CPU-s tasks at a full CPU each
            var sim = new Simulation();
            var cpu = new CpuScheduler(sim, 2);
            var a = StartAt(sim, cpu, 0, 2.0);
            var b = StartAt(sim, cpu, 0, 2.0);

            // When a pack takes one CPU at 1.0
            sim.ScheduleAt(SimTime.FromSeconds(1.0), () => cpu.HoldExclusive(1));
            sim.Run();

            // Then each has 1 CPU-s left at half a CPU: done at 3.0
            Assert.Equal(3.0, a(), Tick);
            Assert.Equal(3.0, b(), Tick);
        }
    }

    public sealed class AssignRates
    {
        [Theory]
        [InlineData(2.0, new[] { 3.0, 1, 1 }, new[] { 1.0, 0.5, 0.5 })]
        [InlineData(2.0, new[] { 1.0, 1, 1, 1 }, new[] { 0.5, 0.5, 0.5, 0.5 })]
        [InlineData(4.0, new[] { 1.0, 1 }, new[] { 1.0, 1.0 })]
        [InlineData(2.0, new[] { 2.0, 1, 1, 1 }, new[] { 0.8, 0.4, 0.4, 0.4 })] // 2 x 2/5 < 1: nobody saturates
        [InlineData(2.0, new[] { 1.0, 1, 10 }, new[] { 0.5, 0.5, 1.0 })] // order of the list does not matter
        [InlineData(3.0, new[] { 10.0, 10, 1, 1 }, new[] { 1.0, 1.0, 0.5, 0.5 })] // two saturate in turn
        [InlineData(2.5, new[] { 1.0, 1, 1 }, new[] { 2.5 / 3, 2.5 / 3, 2.5 / 3 })]
        [InlineData(0.0, new[] { 1.0, 1 }, new[] { 0.0, 0.0 })]
        public void Water_fills_by_weight_with_no_task_above_one_CPU(double cpus, double[] weights, double[] expected)
        {
            // Given runnable tasks with weights
            var tasks = weights.Select(w => new CpuTask(1.0, w, () => { })).ToList();

            // When rates are assigned
            CpuScheduler.AssignRates(tasks, cpus);

            // Then
            Assert.Equal(expected, tasks.Select(t => t.Rate), (x, y) => Math.Abs(x - y) < 1e-12);
        }

        [Fact]
        public void Rates_sum_to_the_smaller_of_CPUs_and_tasks_and_stay_within_zero_and_one()
        {
            // Given many random mixes of tasks, weights and CPUs
            var random = new StreamRandom(11);
            for (int trial = 0; trial < 500; trial++)
            {
                int count = random.Next(1, 40);
                double cpus = random.Next(0, 48) + (random.Next(2) == 0 ? 0 : random.NextDouble());
                var tasks = Enumerable.Range(0, count).Select(_ => new CpuTask(1.0, 2 + (random.NextDouble() * 1022), () => { })).ToList();

                // When rates are assigned
                CpuScheduler.AssignRates(tasks, cpus);

                // Then the CPUs are used fully (or every task gets a whole one) and no task exceeds one
                Assert.Equal(Math.Min(cpus, count), tasks.Sum(t => t.Rate), 1e-9);
                Assert.All(tasks, t => Assert.InRange(t.Rate, 0.0, 1.0 + 1e-12));

                // And a heavier task never gets less than a lighter one
                var byWeight = tasks.OrderBy(t => t.Weight).ToList();
                for (int i = 1; i < byWeight.Count; i++)
                {
                    Assert.True(byWeight[i].Rate >= byWeight[i - 1].Rate - 1e-12);
                }
            }
        }
    }
}
