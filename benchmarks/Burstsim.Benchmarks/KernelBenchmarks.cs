using BenchmarkDotNet.Attributes;
using Burstsim.Simulator.Engine;

namespace Burstsim.Benchmarks;

/// <summary>
/// The hold workload at several queue sizes: <see cref="Pending"/> events wait; each one run schedules
/// one more at now + uniform[0, 1 s). The engine on the radix queue and on the comparison heap, beside
/// the same loop on .NET's PriorityQueue (one dequeue + one enqueue per event). The queue is filled in
/// the iteration setup, so an invocation times only the steady state: <see cref="Events"/> events,
/// never the fill nor a drain at the end (pops into a shrinking queue would flatter any queue).
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private const long MaxIncrementTicks = 1_000_000;
    private const int Events = 3_000_000;

    private PriorityQueue<Action, long> _raw = null!;
    private Simulation _sim = null!;
    private StreamRandom _random = null!;

    [Params(100, 10_000, 100_000, 1_000_000)]
    public int Pending { get; set; }

    [IterationSetup(Target = nameof(RawPriorityQueue))]
    public void FillRaw()
    {
        _random = new StreamRandom(1);
        _raw = new PriorityQueue<Action, long>(Pending + 16);
        Action nothing = static () => { };
        for (int i = 0; i < Pending; i++)
        {
            _raw.Enqueue(nothing, (long)(_random.NextUInt64() % MaxIncrementTicks));
        }
    }

    [IterationSetup(Target = nameof(EngineRadix))]
    public void FillRadix() => FillEngine(EventQueueKind.Radix);

    [IterationSetup(Target = nameof(EngineHeap))]
    public void FillHeap() => FillEngine(EventQueueKind.Heap);

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public long RawPriorityQueue()
    {
        var queue = _raw;
        var random = _random;
        long last = 0;
        for (int i = 0; i < Events; i++)
        {
            queue.TryDequeue(out var action, out last);
            queue.Enqueue(action!, last + (long)(random.NextUInt64() % MaxIncrementTicks));
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long EngineRadix() => RunEngine();

    [Benchmark(OperationsPerInvoke = Events)]
    public long EngineHeap() => RunEngine();

    private long RunEngine()
    {
        var sim = _sim;
        for (int i = 0; i < Events; i++)
        {
            sim.Step();
        }

        return sim.Processed;
    }

    private void FillEngine(EventQueueKind kind)
    {
        var sim = new Simulation(kind, Pending + 16);
        var random = new StreamRandom(1);
        Action? hold = null;
        hold = () => sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold!);
        for (int i = 0; i < Pending; i++)
        {
            sim.Schedule(new SimSpan((long)(random.NextUInt64() % MaxIncrementTicks)), hold);
        }

        _sim = sim;
    }
}
