using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Simulator.Tests.Scheduling.Lifecycle;

public sealed class KeepAlivePolicyTests
{
    private static IdleContainer Idle(int id, string action, SimTime since, long uses = 1, int memoryMb = 256, double coldStartS = 1, int invoker = 0) =>
        new(id, action, invoker, memoryMb, since, uses, SimSpan.FromSeconds(coldStartS));

    private static SimTime Minute(double m) => SimTime.FromSeconds(m * 60);

    public sealed class Fixed
    {
        [Theory]
        [InlineData("classic+keep-alive:fixed,minutes=5", 300)]
        [InlineData("classic+keep-alive:fixed", 600)]
        [InlineData("classic+keep-alive:fixed,minutes=0.5", 30)]
        public void Every_container_stays_the_minutes_written_or_ten(string policy, double seconds)
        {
            var spec = PolicySpec.Parse(policy);
            var factory = Assert.IsType<FixedKeepAliveFactory>(spec.KeepAlive!.Factory);

            var keepAlive = factory.Create(null!, spec.KeepAlive.Options);

            Assert.Equal(SimSpan.FromSeconds(seconds), keepAlive.KeepAlive(Idle(1, "a", Minute(3))));
        }

        [Fact]
        public void A_negative_keep_alive_is_refused_at_parse_time()
        {
            Assert.Throws<FormatException>(() => PolicySpec.Parse("classic+keep-alive:fixed,minutes=-1"));
        }
    }

    public sealed class Hybrid
    {
        /// <summary>Runs <paramref name="idleMinutes"/> as successive idle periods of one container of action "a": each call ends, then the next arrives that much later.</summary>
        private static SimTime Replay(HybridHistogramKeepAlive policy, IEnumerable<double> idleMinutes, int id = 1)
        {
            var end = Minute(0);
            long uses = 0;
            policy.Invoked("a", end);
            foreach (double it in idleMinutes)
            {
                policy.KeepAlive(Idle(id, "a", end, ++uses));
                var next = new SimTime(end.Ticks + SimSpan.FromSeconds(it * 60).Ticks);
                policy.Invoked("a", next);
                end = new SimTime(next.Ticks + SimSpan.FromSeconds(1).Ticks); // a 1 s execution
            }

            return end;
        }

        [Fact]
        public void A_timer_app_every_30_minutes_is_unloaded_after_the_call_and_prewarmed_before_the_next()
        {
            // Given 20 idle times of 30.2 min (bin 30)
            var policy = new HybridHistogramKeepAlive();
            var end = Replay(policy, Enumerable.Repeat(30.2, 20));

            // Then head = 30 min x 0.9 = 27 min, tail = 31 min x 1.1 = 34.1 min, keep-alive = 34.1 - 27 = 7.1 min
            var windows = policy.Windows("a");
            Assert.True(windows.FromHistogram);
            Assert.Equal(SimSpan.FromSeconds(27 * 60), windows.PreWarm);
            Assert.Equal(7.1 * 60, windows.KeepAlive.Seconds, 6);

            // When the next call ends, the container goes at once and comes back 27 min later for 7.1 min
            var container = Idle(7, "a", end, uses: 21);
            Assert.Equal(SimSpan.Zero, policy.KeepAlive(container));
            var prewarm = policy.AfterRemoval(container);
            Assert.Equal(new PrewarmDecision(windows.PreWarm, windows.KeepAlive), prewarm);

            // And a prewarmed container whose keep-alive ran out unused is not loaded again
            Assert.Null(policy.AfterRemoval(Idle(8, "a", end, uses: 0)));
        }

        [Fact]
        public void Idle_times_under_a_minute_keep_the_container_for_the_tail_without_unloading()
        {
            var policy = new HybridHistogramKeepAlive();
            var end = Replay(policy, Enumerable.Repeat(0.2, 30));

            var windows = policy.Windows("a");
            Assert.True(windows.FromHistogram);
            Assert.Equal(SimSpan.Zero, windows.PreWarm);
            Assert.Equal(1.1 * 60, windows.KeepAlive.Seconds, 6); // upper edge of bin 0 plus 10%
            var container = Idle(1, "a", end, uses: 31);
            Assert.Equal(windows.KeepAlive, policy.KeepAlive(container));
            Assert.Null(policy.AfterRemoval(container));
        }

        [Fact]
        public void Head_and_tail_are_the_5th_and_99th_percentile_bins_with_their_margins()
        {
            // Given 100 idle times: 5 at 2.5 min, 94 at 10.5 min and 1 at 50.5 min
            var policy = new HybridHistogramKeepAlive();
            Replay(policy, [.. Enumerable.Repeat(2.5, 5), .. Enumerable.Repeat(10.5, 94), 50.5]);

            var windows = policy.Windows("a");

            // The 5th percentile falls in bin 2 (the 5th value), the 99th in bin 10 (the 99th value)
            Assert.Equal(2 * 0.9 * 60, windows.PreWarm.Seconds, 6);
            Assert.Equal(((11 * 1.1) - (2 * 0.9)) * 60, windows.KeepAlive.Seconds, 6);
        }

        [Fact]
        public void Too_few_idle_times_fall_back_to_the_standard_keep_alive_of_the_histogram_range()
        {
            var policy = new HybridHistogramKeepAlive();
            Replay(policy, Enumerable.Repeat(30.2, 9));

            var windows = policy.Windows("a");

            Assert.False(windows.FromHistogram);
            Assert.Equal(new HybridWindows(SimSpan.Zero, SimSpan.FromSeconds(240 * 60), false), windows);
        }

        [Fact]
        public void A_flat_histogram_is_not_representative()
        {
            // One idle time in each of the 240 bins: coefficient of variation 0, at most 2
            var policy = new HybridHistogramKeepAlive();
            Replay(policy, Enumerable.Range(0, 240).Select(m => m + 0.5));

            Assert.False(policy.Windows("a").FromHistogram);
        }

        [Fact]
        public void Idle_times_mostly_beyond_the_range_fall_back_instead_of_arima()
        {
            var policy = new HybridHistogramKeepAlive();
            Replay(policy, [.. Enumerable.Repeat(30.2, 10), .. Enumerable.Repeat(300.0, 11)]);

            Assert.False(policy.Windows("a").FromHistogram);
        }

        [Fact]
        public void Options_change_the_percentiles_margin_and_fallback()
        {
            var spec = PolicySpec.Parse("classic+keep-alive:hybrid,head=1,tail=95,margin=0,min_observations=5,fallback_minutes=20");
            var policy = (HybridHistogramKeepAlive)((KeepAliveFactory)spec.KeepAlive!.Factory).Create(null!, spec.KeepAlive.Options);
            Assert.Equal(SimSpan.FromSeconds(20 * 60), policy.Windows("a").KeepAlive);

            Replay(policy, Enumerable.Repeat(30.2, 5));

            Assert.Equal(new HybridWindows(SimSpan.FromSeconds(30 * 60), SimSpan.FromSeconds(60), true), policy.Windows("a"));
        }

        [Fact]
        public void A_head_at_or_above_the_tail_is_refused()
        {
            Assert.Throws<FormatException>(() => PolicySpec.Parse("classic+keep-alive:hybrid,head=99,tail=5"));
        }
    }

    public sealed class GreedyDual
    {
        [Fact]
        public void Containers_are_kept_forever()
        {
            var policy = new GreedyDualKeepAlive();

            Assert.Equal(IKeepAlivePolicy.Forever, policy.KeepAlive(Idle(1, "a", Minute(1))));
        }

        [Fact]
        public void Eviction_goes_by_frequency_times_cost_over_size_and_the_clock_rises_to_the_victim()
        {
            // Given three idle containers on invoker 0
            var policy = new GreedyDualKeepAlive();
            var cheap = Idle(1, "cheap", Minute(1), uses: 2, memoryMb: 256, coldStartS: 0.5);   // 2 x 0.5 / 256
            var big = Idle(2, "big", Minute(2), uses: 3, memoryMb: 2048, coldStartS: 2);        // 3 x 2 / 2048
            var hot = Idle(3, "hot", Minute(3), uses: 10, memoryMb: 256, coldStartS: 1);        // 10 x 1 / 256
            foreach (var c in new[] { cheap, big, hot })
            {
                policy.KeepAlive(c);
            }

            // Then the order of eviction is big (0.0029), cheap (0.0039), hot (0.039)
            Assert.Equal(3 * 2 / 2048.0, policy.Priority(big), 12);
            Assert.Equal(2 * 0.5 / 256.0, policy.Priority(cheap), 12);
            Assert.Equal(10 / 256.0, policy.Priority(hot), 12);
            var order = new[] { cheap, big, hot }.OrderBy(policy.Priority).Select(c => c.Action);
            Assert.Equal(["big", "cheap", "hot"], order);

            // When big is evicted the clock becomes its priority, and a container used afterwards starts from it
            policy.Evicted(big);
            Assert.Equal(3 * 2 / 2048.0, policy.Clock(0), 12);
            var fresh = Idle(4, "fresh", Minute(4), uses: 1, memoryMb: 256, coldStartS: 0.5);
            policy.KeepAlive(fresh);
            Assert.Equal((3 * 2 / 2048.0) + (0.5 / 256.0), policy.Priority(fresh), 12);

            // And cheap, reused once more, is priced with the new clock and its new frequency
            policy.KeepAlive(cheap with { Uses = 3, IdleSince = Minute(5) });
            Assert.Equal((3 * 2 / 2048.0) + (3 * 0.5 / 256.0), policy.Priority(cheap with { Uses = 3 }), 12);
        }

        [Fact]
        public void Frequency_counts_every_live_container_of_the_action_on_the_invoker()
        {
            var policy = new GreedyDualKeepAlive();
            var one = Idle(1, "a", Minute(1), uses: 3);
            var two = Idle(2, "a", Minute(1), uses: 5);
            var elsewhere = Idle(3, "a", Minute(1), uses: 100, invoker: 1);
            policy.KeepAlive(one);
            policy.KeepAlive(two);
            policy.KeepAlive(elsewhere);

            Assert.Equal(8 / 256.0, policy.Priority(one), 12);

            policy.Evicted(two);
            Assert.Equal(8 / 256.0, policy.Clock(0), 12);
            Assert.Equal(3 / 256.0, policy.Priority(one), 12); // priced at its last use's clock (0); frequency now 3
        }

        [Fact]
        public void It_serves_as_the_eviction_policy_unless_one_is_chosen()
        {
            var spec = PolicySpec.Parse("classic+keep-alive:greedy-dual");

            Assert.IsAssignableFrom<IEvictionPolicy>(((KeepAliveFactory)spec.KeepAlive!.Factory).Create(null!, spec.KeepAlive.Options));
        }
    }
}
