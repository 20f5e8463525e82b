using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Tests.Scheduling;

public sealed class BurstPlacementTests
{
    private static (int Invoker, int First, int Workers)[] Packs(IReadOnlyList<PackPlacement> packs) =>
        packs.Select(p => (p.Invoker, p.FirstWorker, p.Workers)).ToArray();

    public sealed class Heterogeneous
    {
        [Fact]
        public void Sixty_workers_on_invokers_of_32_CPUs_make_one_container_of_32_and_one_of_28()
        {
            // Given two empty invokers of 32 CPUs
            // When a heterogeneous burst of 60 workers is placed
            var packs = BurstPlacement.Place([32, 32], 60, granularity: null, join: false);

            // Then one container per invoker, sized to what it holds, workers numbered contiguously
            Assert.Equal([(0, 0, 32), (1, 32, 28)], Packs(packs));
            Assert.Equal(31, packs[0].LastWorker);
            Assert.Equal(59, packs[1].LastWorker);
        }

        [Fact]
        public void Invokers_with_the_most_free_CPUs_come_first_ties_by_index()
        {
            // Given free CPUs 8, 16, 16, 4
            // When 30 workers are placed
            var packs = BurstPlacement.Place([8, 16, 16, 4], 30, granularity: null, join: false);

            // Then invoker 1 then 2 (tie, lower index first) then 0
            Assert.Equal([(1, 0, 16), (2, 16, 14)], Packs(packs));
        }

        [Fact]
        public void A_burst_that_fits_one_invoker_stays_on_it()
        {
            var packs = BurstPlacement.Place([12, 48, 48, 24], 40, granularity: null, join: false);

            Assert.Equal([(1, 0, 40)], Packs(packs));
        }

        [Fact]
        public void When_the_cluster_is_short_it_covers_what_fits()
        {
            // Given 4 + 4 free CPUs
            var packs = BurstPlacement.Place([4, 0, 4], 10, granularity: null, join: false);

            // Then 8 of 10 workers are placed, nothing on the full invoker
            Assert.Equal(8, BurstPlacement.Workers(packs));
            Assert.Equal([(0, 0, 4), (2, 4, 4)], Packs(packs));
        }

        [Fact]
        public void Numbering_continues_from_the_first_worker_not_yet_placed()
        {
            // Given a partly placed burst whose workers 0..9 already run
            var packs = BurstPlacement.Place([3, 5], 6, granularity: null, join: false, firstWorker: 10);

            Assert.Equal([(1, 10, 5), (0, 15, 1)], Packs(packs));
        }

        [Fact]
        public void The_input_inventory_is_not_modified()
        {
            int[] free = [32, 32];

            BurstPlacement.Place(free, 60, granularity: null, join: false);

            Assert.Equal([32, 32], free);
        }
    }

    public sealed class Homogeneous
    {
        [Fact]
        public void Sixty_workers_with_g_6_on_invokers_of_32_CPUs_make_ten_packs_five_per_invoker()
        {
            // Given two invokers of 32 CPUs
            // When 60 workers are placed in packs of 6
            var packs = BurstPlacement.Place([32, 32], 60, granularity: 6, join: false);

            // Then five packs (30 CPUs) fill the first invoker before the second takes the other five
            Assert.Equal(10, packs.Count);
            Assert.All(packs, p => Assert.Equal(6, p.Workers));
            Assert.Equal(Enumerable.Repeat(0, 5).Concat(Enumerable.Repeat(1, 5)), packs.Select(p => p.Invoker));
            Assert.Equal(Enumerable.Range(0, 10).Select(i => i * 6), packs.Select(p => p.FirstWorker));
        }

        [Fact]
        public void The_last_pack_is_smaller_when_the_burst_is_not_a_multiple_of_g()
        {
            // Given 62 workers in packs of 6 on two invokers of 32 CPUs
            var packs = BurstPlacement.Place([32, 32], 62, granularity: 6, join: false);

            // Then invoker 0 holds 5 packs (2 CPUs left over), invoker 1 holds 5 packs and the last pack of 2
            Assert.Equal(11, packs.Count);
            Assert.Equal((1, 60, 2), (packs[^1].Invoker, packs[^1].FirstWorker, packs[^1].Workers));
            Assert.Equal(5, packs.Count(p => p.Invoker == 0));
            Assert.Equal(6, packs.Count(p => p.Invoker == 1));
        }

        [Fact]
        public void A_smaller_last_pack_may_use_the_CPUs_a_full_pack_would_not_fit()
        {
            // Given 32 + 32 free and 64 workers in packs of 6: invoker 0 takes 30, invoker 1 takes 30,
            // and the remaining 4 fit neither invoker's 2 spare CPUs
            var packs = BurstPlacement.Place([32, 32], 64, granularity: 6, join: false);

            Assert.Equal(60, BurstPlacement.Workers(packs));
        }

        [Fact]
        public void A_pack_larger_than_any_invokers_free_CPUs_is_not_split()
        {
            // Given invokers with 5 free CPUs each and packs of 6
            var packs = BurstPlacement.Place([5, 5], 6, granularity: 6, join: false);

            // Then nothing is placed
            Assert.Empty(packs);
        }

        [Fact]
        public void Granularity_below_one_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => BurstPlacement.Place([8], 4, granularity: 0, join: false));
        }
    }

    public sealed class Join
    {
        [Fact]
        public void The_packs_that_land_on_one_invoker_become_one_container()
        {
            // Given 60 workers in packs of 6 on two invokers of 32 CPUs
            var packs = BurstPlacement.Place([32, 32], 60, granularity: 6, join: true);

            // Then one container of 30 per invoker
            Assert.Equal([(0, 0, 30), (1, 30, 30)], Packs(packs));
        }

        [Fact]
        public void Join_keeps_the_granularity_rule_for_how_many_fit()
        {
            // Given 62 workers g=6 joined: 30 on invoker 0, 32 (5 packs of 6 and one of 2) on invoker 1
            var packs = BurstPlacement.Place([32, 32], 62, granularity: 6, join: true);

            Assert.Equal([(0, 0, 30), (1, 30, 32)], Packs(packs));
        }

        [Fact]
        public void Join_without_granularity_is_the_heterogeneous_layout()
        {
            Assert.Equal(
                Packs(BurstPlacement.Place([32, 32], 60, granularity: null, join: false)),
                Packs(BurstPlacement.Place([32, 32], 60, granularity: null, join: true)));
        }
    }

    public sealed class Coverage
    {
        [Theory]
        [InlineData(new[] { 24, 48, 48, 12 }, 120, null, false)]
        [InlineData(new[] { 24, 48, 48, 12 }, 120, 6, false)]
        [InlineData(new[] { 24, 48, 48, 12 }, 120, 7, true)]
        [InlineData(new[] { 24, 48, 48, 12 }, 132, 1, false)]
        [InlineData(new[] { 3, 9, 1, 17 }, 25, 4, false)]
        [InlineData(new[] { 3, 9, 1, 17 }, 30, null, true)]
        public void Packs_are_contiguous_disjoint_within_each_invokers_free_CPUs(int[] free, int workers, int? g, bool join)
        {
            // When a burst is placed
            var packs = BurstPlacement.Place(free, workers, g, join);

            // Then the packs number the workers 0..placed-1 in order, without gaps or overlaps
            int next = 0;
            foreach (var p in packs)
            {
                Assert.Equal(next, p.FirstWorker);
                Assert.True(p.Workers >= 1);
                if (g is { } size && !join)
                {
                    Assert.True(p.Workers <= size);
                }

                next += p.Workers;
            }

            Assert.True(next <= workers);

            // And no invoker gets more workers than its free CPUs
            foreach (var byInvoker in packs.GroupBy(p => p.Invoker))
            {
                Assert.True(byInvoker.Sum(p => p.Workers) <= free[byInvoker.Key]);
                if (join)
                {
                    Assert.Single(byInvoker);
                }
            }
        }
    }
}
