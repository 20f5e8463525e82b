using System.Diagnostics;
using Burstsim.Simulator.Engine;

namespace Burstsim.Scenarios.Bench;

/// <summary>
/// The classic "hold" workload: keep <c>pending</c> events in the queue; each event, when run,
/// schedules one more at a random later time. One event = one pop + one push, which is exactly one
/// operation of the raw .NET PriorityQueue loop it is compared against. Only the steady state is
/// timed: the fill comes before the clock starts and the run stops after <c>events</c> events, with
/// the queue still full (a drain at the end would flatter any queue).
/// </summary>
public static class KernelBench
{
    private const long MaxIncrementTicks = 1_000_000;

    public static BenchCase Measure(int pending, long events, int repetitions)
    {
        long warmUp = Math.Min(events, Math.Max(200_000, 2L * pending));
        EngineRate(EventQueueKind.Radix, pending, warmUp); // warm-up: let the JIT tier up every loop
        EngineRate(EventQueueKind.Heap, pending, warmUp);
        RawRate(pending, warmUp);
        var radix = new double[repetitions];
        var heap = new double[repetitions];
        var raw = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            // Interleaved, so a noisy neighbour hurts every side alike.
            radix[i] = EngineRate(EventQueueKind.Radix, pending, events);
            heap[i] = EngineRate(EventQueueKind.Heap, pending, events);
            raw[i] = RawRate(pending, events);
        }

        return new BenchCase($"hold-{pending}", pending, Median(radix), Median(heap), Median(raw));
    }

    /// <summary>Events per second of the whole kernel (schedule, pop, cancellation check, clock, delegate call) on the given queue.</summary>
    public static double EngineRate(EventQueueKind kind, int pending, long events)
    {
        var sim = new Simulation(kind, pending + 16);
        var random = new StreamRandom(12345);
        Action? hold = null;
        hold = () => sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold!);
        for (int i = 0; i < pending; i++)
        {
            sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold);
        }

        var watch = Stopwatch.StartNew();
        for (long i = 0; i < events; i++)
        {
            sim.Step();
        }

        watch.Stop();
        return events / watch.Elapsed.TotalSeconds;
    }

    public static double RawRate(int pending, long events)
    {
        var queue = new PriorityQueue<Action, long>(pending + 16);
        var random = new StreamRandom(12345);
        Action nothing = static () => { };
        for (int i = 0; i < pending; i++)
        {
            queue.Enqueue(nothing, (long)(random.NextUInt64() % MaxIncrementTicks));
        }

        var watch = Stopwatch.StartNew();
        long operations = events;
        for (long i = 0; i < operations; i++)
        {
            queue.TryDequeue(out var action, out long at);
            queue.Enqueue(action!, at + (long)(random.NextUInt64() % MaxIncrementTicks));
        }

        watch.Stop();
        return operations / watch.Elapsed.TotalSeconds;
    }

    private static double Median(double[] xs)
    {
        var sorted = xs.Order().ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
