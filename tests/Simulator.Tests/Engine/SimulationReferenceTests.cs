using Burstsim.Simulator.Engine;
using CsCheck;

namespace Burstsim.Simulator.Tests.Engine;

/// <summary>
/// The kernel against a reference: a sorted set of the pending (ticks, sequence) pairs, mirrored on
/// every schedule and cancel. Each event that runs must be the set's earliest; each cancel must return
/// true exactly when the reference still holds the event. Events schedule follow-ups from inside
/// their action (often at the current instant) and cancel others, and the run pauses with RunUntil.
/// </summary>
public sealed class SimulationReferenceTests
{
    private static readonly Gen<(int Code, long Draw)[]> Operations =
        Gen.Select(Gen.Int[0, 9], Gen.Long[0, long.MaxValue]).Array[1, 1500];

    private static long Delay(long draw) => (draw % 4) switch
    {
        0 => 0,
        1 => (draw >> 2) % 8,
        2 => (draw >> 2) % 1_000_000,
        _ => (draw >> 2) % (1L << 40),
    };

    private static void Replay(Simulation sim, (int Code, long Draw)[] operations)
    {
        var reference = new SortedSet<(long Ticks, long Sequence)>();
        var issued = new List<EventId>();
        int cursor = 0; // the next operation to interpret, inside or outside an event
        int ran = 0;

        void ScheduleOne(long delay, bool withFollowUp)
        {
            EventId id = default;
            id = sim.Schedule(new SimSpan(delay), () =>
            {
                // This event must be the reference's earliest, at its own instant.
                Assert.Equal(reference.Min, (id.Ticks, id.Sequence));
                Assert.Equal(id.Ticks, sim.Now.Ticks);
                reference.Remove(reference.Min);
                ran++;
                if (withFollowUp && cursor < operations.Length)
                {
                    var (code, draw) = operations[cursor++];
                    ScheduleOne(code < 5 ? 0 : Delay(draw), withFollowUp: false); // pushes at the instant being run
                    if (issued.Count > 0 && code >= 7)
                    {
                        Cancel(issued[(int)(draw % issued.Count)]);
                    }
                }
            });
            issued.Add(id);
            reference.Add((id.Ticks, id.Sequence));
        }

        void Cancel(EventId id) => Assert.Equal(reference.Remove((id.Ticks, id.Sequence)), sim.Cancel(id));

        while (cursor < operations.Length)
        {
            var (code, draw) = operations[cursor++];
            switch (code)
            {
                case <= 3:
                    ScheduleOne(Delay(draw), withFollowUp: code % 2 == 0);
                    break;
                case <= 5:
                    if (issued.Count > 0)
                    {
                        Cancel(issued[(int)(draw % issued.Count)]); // pending, already run or already cancelled
                    }

                    break;
                case <= 7:
                    sim.Step();
                    break;
                default:
                    sim.RunUntil(sim.Now + new SimSpan(Delay(draw)));
                    break;
            }

            Assert.Equal(reference.Count, sim.Pending);
        }

        sim.Run();
        Assert.Empty(reference);
        Assert.Equal(ran, sim.Processed);
    }

    [Fact]
    public void The_kernel_runs_exactly_the_reference_order_with_cancels_and_same_instant_follow_ups()
    {
        // Given generated schedules, cancels (of pending, run and cancelled events), steps and pauses
        // When they run on the radix queue (small heap of 2 to 32 entries, so it switches often) and on the heap
        // Then every event runs in reference order and every cancel answers as the reference does
        Gen.Select(Operations, Gen.Int[2, 32]).Sample((operations, smallMax) =>
        {
            Replay(new Simulation(new RadixEventQueue(smallMax, smallMax / 4)), operations);
            Replay(new Simulation(EventQueueKind.Heap, initialCapacity: 4), operations);
            Replay(new Simulation(), operations);
        }, iter: 150);
    }
}
