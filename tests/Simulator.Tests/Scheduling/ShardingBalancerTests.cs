using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Tests.Scheduling;

public sealed class ShardingBalancerTests
{
    private static ShardingBalancer Balancer(int invokers, int memoryMb, double blackboxFraction = 1.0, int controllers = 1, ulong seed = 1) =>
        new(Enumerable.Repeat(memoryMb, invokers).ToArray(), controllers, managedFraction: 0.9, blackboxFraction, blackbox: true, new StreamRandom(seed));

    public sealed class PairwiseCoprimeNumbersUntil
    {
        [Theory]
        [InlineData(1, new[] { 1 })]
        [InlineData(2, new[] { 1 })]
        [InlineData(3, new[] { 1, 2 })]
        [InlineData(4, new[] { 1, 3 })]
        [InlineData(5, new[] { 1, 2, 3 })] // 4 is coprime to 5 but not to 2
        [InlineData(6, new[] { 1, 5 })]
        [InlineData(8, new[] { 1, 3, 5, 7 })]
        [InlineData(9, new[] { 1, 2, 5, 7 })] // 4 and 8 share a factor with 2
        [InlineData(10, new[] { 1, 3, 7 })] // 9 shares a factor with 3
        [InlineData(12, new[] { 1, 5, 7, 11 })]
        public void Gives_the_numbers_up_to_x_coprime_to_x_and_to_each_other(int x, int[] expected)
        {
            // Given a slice of x invokers
            // When the step sizes are derived
            var steps = ShardingBalancer.PairwiseCoprimeNumbersUntil(x);

            // Then they are OpenWhisk's pairwise coprime numbers
            Assert.Equal(expected, steps);
        }

        [Fact]
        public void Match_OpenWhisks_gcd_filter_for_every_slice_up_to_3000_invokers()
        {
            // Given OpenWhisk's own definition: keep cur in 1..x when gcd(cur, x) = 1 and cur is coprime to every number kept
            static List<int> OpenWhiskFilter(int x)
            {
                static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
                var kept = new List<int>();
                for (int cur = 1; cur <= x; cur++)
                {
                    if (Gcd(cur, x) == 1 && kept.TrueForAll(p => Gcd(p, cur) == 1))
                    {
                        kept.Add(cur);
                    }
                }

                return kept;
            }

            // When the sieve derives the steps for each slice size
            // Then it keeps the same numbers in the same order
            for (int x = 1; x <= 3000; x++)
            {
                Assert.Equal(OpenWhiskFilter(x), ShardingBalancer.PairwiseCoprimeNumbersUntil(x));
            }
        }
    }

    public sealed class JavaHash
    {
        // "guest" by hand: g=103, u=117, e=101, s=115, t=116;
        // ((((103*31 + 117)*31 + 101)*31 + 115)*31 + 116) = 3310 -> 102711 -> 3184156 -> 98708952.
        [Theory]
        [InlineData("", 0)]
        [InlineData("a", 97)]
        [InlineData("ab", (97 * 31) + 98)]
        [InlineData("guest", 98708952)]
        [InlineData("hello", 99162322)]
        [InlineData("Hello World", -862545276)] // overflows like Java's int
        [InlineData("polygenelubricants", int.MinValue)]
        public void Matches_Java_String_hashCode(string s, int expected)
        {
            Assert.Equal(expected, ShardingBalancer.JavaHash(s));
        }
    }

    public sealed class Hash
    {
        [Theory]
        [InlineData("a", "b", 3)] // 97 ^ 98 = 0b1100001 ^ 0b1100010
        [InlineData("a", "c", 2)] // 97 ^ 99
        [InlineData("Hello World", "", 862545276)] // absolute value of a negative hash
        public void Is_the_absolute_xor_of_the_namespace_and_action_hashes(string ns, string action, int expected)
        {
            Assert.Equal(expected, ShardingBalancer.Hash(ns, action));
        }

        [Fact]
        public void Is_never_negative_even_when_the_xor_is_int_MinValue()
        {
            // Given an action whose Java hash is int.MinValue (|MinValue| does not exist in int)
            int hash = ShardingBalancer.Hash(string.Empty, "polygenelubricants");

            // Then the hash still indexes an invoker
            Assert.True(hash >= 0);
        }
    }

    public sealed class Slices
    {
        [Theory]
        [InlineData(10, 0.1, true, new[] { 9 })] // OpenWhisk default: the last invoker only
        [InlineData(10, 0.3, true, new[] { 7, 8, 9 })]
        [InlineData(10, 1.0, true, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })] // deploy value
        [InlineData(3, 0.1, true, new[] { 2 })] // floor(0.3) = 0, but at least one
        [InlineData(10, 0.1, false, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 })] // managed: the first ceil(0.9 x 10)
        [InlineData(1, 0.1, false, new[] { 0 })]
        public void Blackbox_actions_use_the_last_invokers_and_managed_ones_the_first(int invokers, double blackboxFraction, bool blackbox, int[] expected)
        {
            // Given a cluster of identical invokers and the managed fraction 0.9
            var balancer = new ShardingBalancer(Enumerable.Repeat(1024, invokers).ToArray(), 1, 0.9, blackboxFraction, blackbox, new StreamRandom(1));

            // Then the action's slice is
            Assert.Equal(expected, balancer.Slice);
            Assert.Equal(ShardingBalancer.PairwiseCoprimeNumbersUntil(expected.Length), balancer.Steps);
        }

        [Fact]
        public void With_blackbox_fraction_0_1_every_activation_lands_on_the_last_invoker_even_when_it_is_full()
        {
            // Given 10 invokers of 512 MB and the OpenWhisk default blackbox fraction
            var balancer = Balancer(invokers: 10, memoryMb: 512, blackboxFraction: 0.1);

            // When 5 activations of 256 MB are placed (room for 2)
            var placed = Enumerable.Range(0, 5).Select(_ => balancer.Place(new ActivationInfo("guest", "guest/sleep", 256))).ToArray();

            // Then all go to invoker 9, whose slots go negative, and the others stay untouched
            Assert.All(placed, i => Assert.Equal(9, i));
            Assert.Equal(512 - (5 * 256), balancer.Slots.Free(9));
            Assert.All(Enumerable.Range(0, 9), i => Assert.Equal(512, balancer.Slots.Free(i)));
        }
    }

    public sealed class Place
    {
        // ns "a", action "c": hash 2. Five invokers: home 2 % 5 = 2; steps of 5 are [1, 2, 3], step = steps[2 % 3] = 3.
        // Probe order from home by 3: 2, 0, 3, 1, 4.
        [Fact]
        public void The_home_invoker_is_hash_mod_slice_size_and_it_fills_before_the_next_one_by_the_step()
        {
            // Given 5 invokers with room for two 256 MB activations each
            var balancer = Balancer(invokers: 5, memoryMb: 512);

            // When ten activations of the "a"/"c" action are placed
            var placed = Enumerable.Range(0, 10).Select(_ => balancer.Place(new ActivationInfo("a", "c", 256))).ToArray();

            // Then they fill the home invoker, then step by 3, two per invoker
            Assert.Equal([2, 2, 0, 0, 3, 3, 1, 1, 4, 4], placed);
            Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(0, balancer.Slots.Free(i)));
        }

        [Fact]
        public void The_step_is_hash_mod_the_number_of_steps_within_the_slice()
        {
            // Given 10 invokers whose blackbox slice is the last 5 (5..9)
            var balancer = Balancer(invokers: 10, memoryMb: 256, blackboxFraction: 0.5);

            // When the "a"/"c" action (home index 2, step 3) is placed five times, one slot each
            var placed = Enumerable.Range(0, 5).Select(_ => balancer.Place(new ActivationInfo("a", "c", 256))).ToArray();

            // Then it probes slice positions 2, 0, 3, 1, 4, i.e. invokers 7, 5, 8, 6, 9
            Assert.Equal([7, 5, 8, 6, 9], placed);
        }

        [Fact]
        public void When_every_invoker_is_full_a_random_one_is_forced_and_its_slots_go_negative()
        {
            // Given 5 full invokers
            var balancer = Balancer(invokers: 5, memoryMb: 512);
            for (int i = 0; i < 10; i++)
            {
                balancer.Place(new ActivationInfo("a", "c", 256));
            }

            // When one more activation arrives
            int forced = balancer.Place(new ActivationInfo("a", "c", 256));

            // Then it is placed anyway on an invoker of the slice, whose semaphore is now negative
            Assert.InRange(forced, 0, 4);
            Assert.Equal(-256, balancer.Slots.Free(forced));
            Assert.Equal(-256, Enumerable.Range(0, 5).Sum(i => balancer.Slots.Free(i)));
        }

        [Fact]
        public void Forced_placements_are_spread_uniformly_at_random_over_the_slice()
        {
            // Given a full slice of three invokers (7, 8, 9)
            var balancer = Balancer(invokers: 10, memoryMb: 256, blackboxFraction: 0.3, seed: 42);
            for (int i = 0; i < 3; i++)
            {
                balancer.Place(new ActivationInfo("a", "c", 256));
            }

            // When 3000 more are forced
            var counts = Enumerable.Range(0, 3000).Select(_ => balancer.Place(new ActivationInfo("a", "c", 256))).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());

            // Then each invoker of the slice gets about a third, and no other invoker any
            Assert.Equal([7, 8, 9], counts.Keys.Order());
            Assert.All(counts.Values, c => Assert.InRange(c, 900, 1100));
        }

        [Fact]
        public void The_same_seed_forces_the_same_invokers()
        {
            int[] Forced(ulong seed)
            {
                var b = Balancer(invokers: 4, memoryMb: 256, seed: seed);
                return Enumerable.Range(0, 40).Select(_ => b.Place(new ActivationInfo("guest", "guest/sleep", 256))).ToArray();
            }

            Assert.Equal(Forced(7), Forced(7));
        }

        [Fact]
        public void Release_on_the_completion_ack_restores_the_slots_and_the_home_invoker_is_used_again()
        {
            // Given the home invoker (2) full and the next activation sent to invoker 0
            var balancer = Balancer(invokers: 5, memoryMb: 512);
            balancer.Place(new ActivationInfo("a", "c", 256));
            balancer.Place(new ActivationInfo("a", "c", 256));
            Assert.Equal(0, balancer.Place(new ActivationInfo("a", "c", 256)));

            // When one activation on the home invoker acks
            balancer.Release(2, new ActivationInfo("guest", "guest/action", 256));

            // Then its slots are back and the next activation goes home
            Assert.Equal(256, balancer.Slots.Free(2));
            Assert.Equal(2, balancer.Place(new ActivationInfo("a", "c", 256)));
        }

        [Fact]
        public void An_action_that_does_not_fit_the_home_invoker_skips_it_without_taking_its_slots()
        {
            // Given invokers of 512 MB whose home (2) has 256 MB left
            var balancer = Balancer(invokers: 5, memoryMb: 512);
            balancer.Place(new ActivationInfo("a", "c", 256));

            // When a 512 MB activation of the same action arrives
            int placed = balancer.Place(new ActivationInfo("a", "c", 512));

            // Then it goes to the next invoker by the step and the home keeps its 256 MB
            Assert.Equal(0, placed);
            Assert.Equal(256, balancer.Slots.Free(2));
            Assert.Equal(0, balancer.Slots.Free(0));
        }

        [Fact]
        public void Slots_are_each_invokers_memory_divided_by_the_controllers()
        {
            // Given 1024 MB invokers shared by two controllers: 512 slots each in this controller
            var balancer = Balancer(invokers: 5, memoryMb: 1024, controllers: 2);

            // When three 256 MB activations are placed
            var placed = Enumerable.Range(0, 3).Select(_ => balancer.Place(new ActivationInfo("a", "c", 256))).ToArray();

            // Then the home holds two and the third moves on by the step
            Assert.Equal([2, 2, 0], placed);
            Assert.Equal(0, balancer.Slots.Free(2));
        }
    }
}
