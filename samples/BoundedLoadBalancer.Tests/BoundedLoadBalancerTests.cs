using Burstsim.Simulator.Scheduling;

namespace Burstsim.Samples.BoundedLoad.Tests;

public sealed class BoundedLoadBalancerTests
{
    private static InvokerInfo[] Invokers(int count, int poolRoomMb = 8192) =>
        [.. Enumerable.Range(0, count).Select(i => new InvokerInfo(i, $"invoker{i}", 16, 8192, poolRoomMb))];

    private static ActivationInfo Activation(string action, int memoryMb = 256) => new("guest", "guest/" + action, memoryMb);

    public sealed class Place
    {
        [Fact]
        public void Given_an_unloaded_cluster_When_an_action_is_placed_again_after_its_release_Then_it_goes_to_the_same_invoker()
        {
            var balancer = new BoundedLoadBalancer(Invokers(8), c: 1.25, virtualNodes: 50);
            int first = balancer.Place(Activation("sleep"));
            balancer.Release(first, new ActivationInfo("guest", "guest/action", 256));

            for (int i = 0; i < 20; i++)
            {
                int again = balancer.Place(Activation("sleep"));
                Assert.Equal(first, again);
                balancer.Release(again, new ActivationInfo("guest", "guest/action", 256));
            }
        }

        [Fact]
        public void Given_two_balancers_on_the_same_invokers_When_they_place_the_same_actions_Then_they_agree()
        {
            var a = new BoundedLoadBalancer(Invokers(8), 1.25, 50);
            var b = new BoundedLoadBalancer(Invokers(8), 1.25, 50);
            for (int i = 0; i < 200; i++)
            {
                var activation = Activation($"fn{i % 13}");
                Assert.Equal(a.Place(activation), b.Place(activation));
            }
        }

        [Theory]
        [InlineData(1.01, 1)]
        [InlineData(1.1, 10)]
        [InlineData(1.25, 100)]
        [InlineData(2.0, 100)]
        public void Given_any_stream_of_actions_When_placed_Then_no_invoker_holds_more_than_ceil_c_times_the_average(double c, int vnodes)
        {
            var balancer = new BoundedLoadBalancer(Invokers(7), c, vnodes);
            var placed = new List<int>();
            var random = new Random(7); // the test's own draws: which action, and when to release
            for (int step = 0; step < 2000; step++)
            {
                if (placed.Count > 0 && random.NextDouble() < 0.3)
                {
                    int k = random.Next(placed.Count);
                    balancer.Release(placed[k], new ActivationInfo("guest", "guest/action", 256));
                    placed.RemoveAt(k);
                }

                // A skewed mix: one action takes half of the arrivals, the others share the rest.
                string action = random.NextDouble() < 0.5 ? "hot" : $"fn{random.Next(20)}";
                placed.Add(balancer.Place(Activation(action)));

                long total = balancer.Load.Sum();
                Assert.Equal(placed.Count, total);
                Assert.True(balancer.Load.Max() <= Math.Ceiling(c * total / 7), $"step {step}: loads {string.Join(",", balancer.Load)} exceed ceil({c} x {total} / 7)");
            }
        }

        [Fact]
        public void Given_one_hot_action_When_its_home_is_at_the_bound_Then_the_next_goes_to_its_ring_successor_and_not_further()
        {
            var balancer = new BoundedLoadBalancer(Invokers(4), 1.25, 100);
            int home = balancer.Place(Activation("hot"));
            var used = new HashSet<int> { home };
            for (int i = 1; i < 8; i++)
            {
                used.Add(balancer.Place(Activation("hot")));
            }

            // 8 activations on 4 invokers, bound ceil(1.25 x 8 / 4) = 3: the home takes 3, the next invokers the rest.
            Assert.Equal(3, balancer.Load[home]);
            Assert.True(used.Count <= 3, $"used {used.Count} invokers");
        }

        [Fact]
        public void Given_an_invoker_taken_offline_When_placing_Then_it_gets_nothing_until_it_is_back()
        {
            var balancer = new BoundedLoadBalancer(Invokers(4), 1.25, 100);
            int home = balancer.Place(Activation("hot"));
            balancer.Release(home, new ActivationInfo("guest", "guest/action", 256));
            balancer.SetUsable(home, false);

            for (int i = 0; i < 50; i++)
            {
                Assert.NotEqual(home, balancer.Place(Activation($"fn{i}")));
            }

            balancer.SetUsable(home, true);
            Assert.Contains(home, Enumerable.Range(0, 50).Select(i => balancer.Place(Activation($"fn{i}"))));
        }

        [Fact]
        public void Given_invokers_whose_pool_cannot_hold_the_container_When_placing_Then_they_are_never_chosen()
        {
            InvokerInfo[] invokers = [.. Invokers(4).Select(i => i.Index % 2 == 0 ? i with { PoolRoomMb = 128 } : i)];
            var balancer = new BoundedLoadBalancer(invokers, 1.25, 100);

            for (int i = 0; i < 100; i++)
            {
                Assert.Equal(1, balancer.Place(Activation($"fn{i}", 512)) % 2);
            }
        }

        [Fact]
        public void Given_every_invoker_offline_When_placing_Then_it_forces_the_least_loaded_that_can_hold_it()
        {
            var balancer = new BoundedLoadBalancer(Invokers(3), 1.25, 10);
            for (int i = 0; i < 3; i++)
            {
                balancer.SetUsable(i, false);
            }

            int[] placed = [.. Enumerable.Range(0, 6).Select(i => balancer.Place(Activation("hot")))];
            Assert.Equal([0, 1, 2, 0, 1, 2], placed);
        }

        [Fact]
        public void Given_loads_in_memory_When_placing_mixed_sizes_Then_the_bound_holds_in_MB()
        {
            var balancer = new BoundedLoadBalancer(Invokers(5), 1.5, 100, LoadMeasure.Memory);
            int[] sizes = [128, 256, 512, 1024];
            for (int i = 0; i < 300; i++)
            {
                balancer.Place(Activation($"fn{i % 9}", sizes[i % sizes.Length]));
                long total = balancer.Load.Sum();
                // A forced placement may pass the bound by one container at most.
                Assert.True(balancer.Load.Max() <= Math.Ceiling(1.5 * total / 5) + 1024, string.Join(",", balancer.Load));
            }
        }
    }

    public sealed class Construction
    {
        [Theory]
        [InlineData(1.0)]
        [InlineData(0.5)]
        [InlineData(double.NaN)]
        public void Given_c_not_above_one_Then_it_is_refused(double c) =>
            Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedLoadBalancer(Invokers(2), c, 10));
    }
}
