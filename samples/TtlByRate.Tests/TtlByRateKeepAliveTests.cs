using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Samples.TtlByRate.Tests;

public sealed class TtlByRateKeepAliveTests
{
    private static readonly SimSpan Minute = SimSpan.FromSeconds(60);

    private static TtlByRateKeepAlive Policy(double factor = 2, double minMinutes = 1, double maxMinutes = 10, double windowS = 1) =>
        new(factor, SimSpan.FromSeconds(minMinutes * 60), SimSpan.FromSeconds(maxMinutes * 60), SimSpan.FromSeconds(windowS));

    private static IdleContainer Idle(string action, double atS) => new(1, action, 0, 256, SimTime.FromSeconds(atS), 1, SimSpan.FromSeconds(0.5));

    private static void Arrive(TtlByRateKeepAlive policy, string action, params double[] atS)
    {
        foreach (double at in atS)
        {
            policy.Invoked(action, SimTime.FromSeconds(at));
        }
    }

    [Fact]
    public void Given_an_action_seen_once_Then_its_container_keeps_the_maximum()
    {
        var policy = Policy();
        Arrive(policy, "guest/fn", 0);
        Assert.Equal(Minute * 10, policy.KeepAlive(Idle("guest/fn", 5)));
    }

    [Fact]
    public void Given_arrivals_every_two_minutes_Then_it_keeps_factor_times_two_minutes()
    {
        var policy = Policy(factor: 2);
        Arrive(policy, "guest/fn", 0, 120, 240, 360);
        Assert.Equal(120, policy.GapS("guest/fn"));
        Assert.Equal(Minute * 4, policy.KeepAlive(Idle("guest/fn", 365)));
    }

    [Theory]
    [InlineData(10, 1)] // 2 x 10 s = 20 s: clamped up to min, 1 minute
    [InlineData(1200, 10)] // 2 x 20 min = 40 min: clamped down to max, 10 minutes
    public void Given_a_gap_outside_the_range_Then_the_keep_alive_is_clamped(double gapS, long expectedMinutes)
    {
        var policy = Policy(factor: 2, minMinutes: 1, maxMinutes: 10);
        Arrive(policy, "guest/fn", 0, gapS);
        Assert.Equal(Minute * expectedMinutes, policy.KeepAlive(Idle("guest/fn", gapS + 1)));
    }

    [Fact]
    public void Given_a_burst_of_invocations_within_the_window_Then_they_count_as_one_arrival()
    {
        var policy = Policy(windowS: 1);
        Arrive(policy, "guest/fn", 0, 0.01, 0.02, 0.5, 1.2); // one burst: each within 1 s of the previous
        Assert.Null(policy.GapS("guest/fn"));
        Arrive(policy, "guest/fn", 60, 60.3, 60.6);
        Assert.Equal(60, policy.GapS("guest/fn"));
    }

    [Fact]
    public void Given_the_rate_changes_Then_the_latest_gaps_weigh_most()
    {
        var policy = Policy();
        Arrive(policy, "guest/fn", 0, 60, 120, 360); // gaps 60, 60, 240: smoothed 0.5 x 240 + 0.5 x 60 = 150
        Assert.Equal(150, policy.GapS("guest/fn"));
    }

    [Fact]
    public void Given_two_actions_Then_each_keeps_its_own_rate()
    {
        var policy = Policy(factor: 1, minMinutes: 0);
        Arrive(policy, "guest/hot", 0, 30, 60);
        Arrive(policy, "guest/cold", 0, 300);
        Assert.Equal(SimSpan.FromSeconds(30), policy.KeepAlive(Idle("guest/hot", 61)));
        Assert.Equal(SimSpan.FromSeconds(300), policy.KeepAlive(Idle("guest/cold", 301)));
    }

    [Theory]
    [InlineData(0, 1, 10)]
    [InlineData(-1, 1, 10)]
    [InlineData(2, 11, 10)]
    public void Given_bad_arguments_Then_the_constructor_refuses_them(double factor, double min, double max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy(factor, min, max));
}
