using Burstsim.Simulator.Engine;
using CsCheck;

namespace Burstsim.Simulator.Tests.Engine;

/// <summary>
/// The event queues against a reference ordering: a sorted set of (ticks, sequence), the order the
/// kernel promises (time, then first in first out). Operations are generated (pushes at the current
/// time, a few ticks later or far ahead; pops with and without a time limit) and every pop must return
/// exactly the reference's earliest entry. Tiny small-heap thresholds make the radix queue switch
/// between its small heap and its buckets many times in one sequence.
/// </summary>
public sealed class EventQueueReferenceTests
{
    /// <summary>One generated operation: a code (0-4 push, 5-8 pop, 9 pop with a near limit) and a random draw.</summary>
    private static readonly Gen<(int Code, long Draw)[]> Operations =
        Gen.Select(Gen.Int[0, 9], Gen.Long[0, long.MaxValue]).Array[1, 2500];

    private static long Delay(long draw) => (draw % 4) switch
    {
        0 => 0, // at the current time: ties with what is being popped now
        1 => (draw >> 2) % 8,
        2 => (draw >> 2) % 1_000_000,
        _ => (draw >> 2) % (1L << 40),
    };

    /// <summary>Runs the operations on <paramref name="queue"/> and on the reference; throws at the first difference.</summary>
    private static void Replay(IEventQueue queue, (int Code, long Draw)[] operations, Action? afterEach = null)
    {
        var reference = new SortedSet<(long Ticks, long Sequence)>();
        long now = 0;
        long sequence = 0;
        foreach (var (code, draw) in operations)
        {
            if (code <= 4)
            {
                long ticks = now + Delay(draw);
                long seq = sequence++;
                queue.Push(ticks, seq, seq); // the target names the entry, to check it travels with it
                reference.Add((ticks, seq));
            }
            else
            {
                long limit = code == 9 ? now + (draw % 16) : long.MaxValue;
                bool popped = queue.TryPop(limit, out var entry);
                bool expected = reference.Count > 0 && reference.Min.Ticks <= limit;
                Assert.Equal(expected, popped);
                if (popped)
                {
                    Assert.Equal(reference.Min, (entry.Ticks, entry.Sequence));
                    Assert.Equal(entry.Sequence, (long)entry.Target);
                    reference.Remove(reference.Min);
                    now = entry.Ticks;
                }
                else if (limit != long.MaxValue)
                {
                    now = Math.Max(now, limit); // the kernel's clock moves to the pause's end
                }
            }

            Assert.Equal(reference.Count, queue.Count);
            afterEach?.Invoke();
        }

        // Drain: the rest comes out in reference order too.
        while (queue.TryPop(long.MaxValue, out var entry))
        {
            Assert.Equal(reference.Min, (entry.Ticks, entry.Sequence));
            reference.Remove(reference.Min);
        }

        Assert.Empty(reference);
    }

    [Fact]
    public void The_radix_queue_pops_exactly_the_reference_order_while_switching_between_heap_and_buckets()
    {
        // Given generated pushes (ties at the current time, near and far instants) and pops (some with a limit)
        // When they run on radix queues whose small heap holds at most 2 to 64 entries
        // Then every pop returns the reference's earliest (ticks, sequence), and the count always agrees
        int switches = 0;
        Gen.Select(Operations, Gen.Int[2, 64]).Sample((operations, smallMax) =>
        {
            var queue = new RadixEventQueue(smallMax, smallMax / 4);
            bool inBuckets = false;
            Replay(queue, operations, () =>
            {
                if (queue.InBuckets != inBuckets)
                {
                    Interlocked.Increment(ref switches);
                    inBuckets = queue.InBuckets;
                }
            });
        }, iter: 200);

        // And the sequences did exercise both structures and the moves between them
        Assert.True(switches > 100, $"only {switches} switches between heap and buckets");
    }

    [Fact]
    public void The_radix_queue_with_its_default_thresholds_pops_exactly_the_reference_order()
    {
        // Given long generated sequences (enough pushes to pass the default 2048-entry threshold)
        // When they run on the default radix queue
        // Then every pop returns the reference's earliest entry
        var manyPushes = Gen.Select(Gen.Int[0, 6], Gen.Long[0, long.MaxValue]).Array[3000, 6000];
        manyPushes.Sample(operations => Replay(new RadixEventQueue(), operations), iter: 20);
    }

    [Fact]
    public void The_comparison_heap_pops_exactly_the_reference_order()
    {
        Operations.Sample(operations => Replay(new HeapEventQueue(capacity: 4), operations), iter: 200);
    }

    [Fact]
    public void A_queue_that_outgrows_its_small_heap_moves_to_the_buckets_and_back_when_it_empties()
    {
        // Given a radix queue whose small heap holds at most 8 entries
        var queue = new RadixEventQueue(smallMax: 8, smallMin: 2);

        // When 9 events are pending, then all but one are popped
        for (int i = 0; i < 9; i++)
        {
            queue.Push(100 - i, i, i);
        }

        bool wentUp = queue.InBuckets;
        var order = new List<long>();
        while (queue.Count > 1 && queue.TryPop(long.MaxValue, out var entry))
        {
            order.Add(entry.Ticks);
        }

        // Then it used the buckets with 9 pending, the heap again below 2, and popped in time order
        Assert.True(wentUp);
        Assert.False(queue.InBuckets);
        Assert.Equal([92, 93, 94, 95, 96, 97, 98, 99], order);
    }

    [Fact]
    public void Equal_instants_stay_first_in_first_out_across_the_move_to_the_buckets()
    {
        // Given 6 events at one instant in a heap that holds at most 4, the rest pushed after the move
        var queue = new RadixEventQueue(smallMax: 4, smallMin: 1);
        for (int i = 0; i < 6; i++)
        {
            queue.Push(50, i, i);
        }

        // When they are popped
        var order = new List<long>();
        while (queue.TryPop(long.MaxValue, out var entry))
        {
            order.Add(entry.Sequence);
        }

        // Then they come out in the order they were pushed
        Assert.Equal([0, 1, 2, 3, 4, 5], order);
    }

    [Fact]
    public void Thresholds_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RadixEventQueue(smallMax: 4, smallMin: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RadixEventQueue(smallMax: 4, smallMin: -1));
    }
}
