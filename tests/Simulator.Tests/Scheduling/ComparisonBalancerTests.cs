using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Tests.Scheduling;

public sealed class ComparisonBalancerTests
{
    public sealed class RoundRobin
    {
        [Fact]
        public void Takes_the_invokers_in_turn_whatever_their_load()
        {
            // Given three invokers with room for one activation each
            var balancer = new RoundRobinBalancer([256, 256, 256], 1);

            // When seven activations are placed
            var placed = Enumerable.Range(0, 7).Select(_ => balancer.Place(new ActivationInfo("guest", "guest/sleep", 256))).ToArray();

            // Then they cycle, overfilling each
            Assert.Equal([0, 1, 2, 0, 1, 2, 0], placed);
        }
    }

    public sealed class LeastLoaded
    {
        [Fact]
        public void Takes_the_invoker_with_the_most_free_slots_lowest_index_on_ties()
        {
            // Given invokers of 512, 1024 and 1024 MB
            var balancer = new LeastLoadedBalancer([512, 1024, 1024], 1);

            // When activations of 256 MB are placed
            var placed = Enumerable.Range(0, 6).Select(_ => balancer.Place(new ActivationInfo("guest", "guest/sleep", 256))).ToArray();

            // Then the larger invokers take turns until all three are level at 512, then index order breaks the ties
            Assert.Equal([1, 2, 1, 2, 0, 1], placed);
        }

        [Fact]
        public void A_released_invoker_is_preferred_again()
        {
            var balancer = new LeastLoadedBalancer([512, 512], 1);
            Assert.Equal(0, balancer.Place(new ActivationInfo("guest", "guest/sleep", 256)));
            Assert.Equal(1, balancer.Place(new ActivationInfo("guest", "guest/sleep", 256)));
            Assert.Equal(0, balancer.Place(new ActivationInfo("guest", "guest/sleep", 256)));

            balancer.Release(0, new ActivationInfo("guest", "guest/action", 256));
            balancer.Release(0, new ActivationInfo("guest", "guest/action", 256));

            Assert.Equal(0, balancer.Place(new ActivationInfo("guest", "guest/sleep", 256)));
        }
    }

    public sealed class RandomChoice
    {
        [Fact]
        public void Spreads_uniformly_and_repeats_with_the_same_stream()
        {
            int[] Placed(ulong seed)
            {
                var balancer = new RandomBalancer([256, 256, 256, 256], 1, new StreamRandom(seed));
                return Enumerable.Range(0, 4000).Select(_ => balancer.Place(new ActivationInfo("guest", "guest/sleep", 256))).ToArray();
            }

            var placed = Placed(3);

            Assert.Equal(placed, Placed(3));
            Assert.All(placed.GroupBy(i => i), g => Assert.InRange(g.Count(), 850, 1150));
            Assert.Equal(4, placed.Distinct().Count());
        }
    }
}
