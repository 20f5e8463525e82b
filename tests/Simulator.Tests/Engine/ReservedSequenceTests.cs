using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Engine;

/// <summary>Streamed arrivals: events scheduled late with reserved sequence numbers run where they would have run had they been scheduled up front.</summary>
public sealed class ReservedSequenceTests
{
    [Fact]
    public void Late_events_with_reserved_numbers_run_in_the_up_front_order_among_same_instant_events()
    {
        var at = SimTime.FromSeconds(1);

        // Up front: a setup event, two arrivals, then an event the run schedules at the same instant.
        var upFront = new List<string>();
        var a = new Simulation();
        a.ScheduleAt(at, () => upFront.Add("setup"));
        a.ScheduleAt(at, () => upFront.Add("arrival0"));
        a.ScheduleAt(at, () => upFront.Add("arrival1"));
        a.ScheduleAt(SimTime.Zero, () => a.ScheduleAt(at, () => upFront.Add("run")));
        a.Run();

        // Streamed: the second arrival is scheduled only when the first runs.
        var streamed = new List<string>();
        var b = new Simulation();
        b.ScheduleAt(at, () => streamed.Add("setup"));
        long first = b.ReserveSequences(2);
        b.ScheduleReserved(at, first, () =>
        {
            streamed.Add("arrival0");
            b.ScheduleReserved(at, first + 1, () => streamed.Add("arrival1"));
        });
        b.ScheduleAt(SimTime.Zero, () => b.ScheduleAt(at, () => streamed.Add("run")));
        b.Run();

        Assert.Equal(["setup", "arrival0", "arrival1", "run"], upFront);
        Assert.Equal(upFront, streamed);
    }

    [Fact]
    public void A_number_never_reserved_or_one_before_the_last_event_run_is_refused()
    {
        var sim = new Simulation();
        long first = sim.ReserveSequences(1);
        sim.ScheduleAt(SimTime.FromSeconds(2), () => { });
        sim.Run();

        Assert.Throws<ArgumentOutOfRangeException>(() => sim.ScheduleReserved(SimTime.FromSeconds(3), first + 5, () => { }));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.ScheduleReserved(SimTime.FromSeconds(2), first, () => { }));
    }
}
