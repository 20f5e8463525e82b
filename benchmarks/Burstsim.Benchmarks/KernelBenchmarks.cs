using BenchmarkDotNet.Attributes;
using Burstsim.Simulator.Engine;

namespace Burstsim.Benchmarks;

/// <summary>
/// The hold workload (each event schedules one more) at several queue sizes: the engine on the radix
/// heap and on the comparison heap, beside the same loop on .NET's PriorityQueue. One invocation =
/// <see cref="Events"/> events; compare the per-op times.
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private const long MaxIncrementTicks = 1_000_000;

    [Params(100, 10_000, 100_000, 1_000_000)]
    public int Pending { get; set; }

    public int Events { get; set; } = 3_000_000;

    [Benchmark(Baseline = true, OperationsPerInvoke = 3_000_000)]
    public long RawPriorityQueue()
    {
        var queue = new PriorityQueue<Action, long>(Pending + 16);
        var random = new StreamRandom(1);
        Action nothing = static () => { };
        for (int i = 0; i < Pending; i++)
        {
            queue.Enqueue(nothing, (long)(random.NextUInt64() % MaxIncrementTicks));
        }

        long last = 0;
        for (int i = 0; i < Events; i++)
        {
            queue.TryDequeue(out var action, out last);
            queue.Enqueue(action!, last + (long)(random.NextUInt64() % MaxIncrementTicks));
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = 3_000_000)]
    public long EngineRadix() => Engine(EventQueueKind.Radix);

    [Benchmark(OperationsPerInvoke = 3_000_000)]
    public long EngineHeap() => Engine(EventQueueKind.Heap);

    private long Engine(EventQueueKind kind)
    {
        var sim = new Simulation(kind, Pending + 16);
        var random = new StreamRandom(1);
        long toSchedule = Events - Pending;
        Action? hold = null;
        hold = () =>
        {
            if (toSchedule-- > 0)
            {
                sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold!);
            }
        };
        for (int i = 0; i < Pending; i++)
        {
            sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold);
        }

        sim.Run();
        return sim.Processed;
    }
}
