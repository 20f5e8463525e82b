using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// One job of N functions whose body is a sequence of phases (compute, exchange, compute, ...) run
/// <see cref="Repeat"/> times: a TeraSort-like map -> shuffle -> reduce, k-means iterations with an
/// allreduce, the broadcast of a model. The exchanges are what the thesis' group communication carries.
/// </summary>
/// <param name="Functions">Functions in the job.</param>
/// <param name="Phases">The body, in order; at least one phase.</param>
/// <param name="Repeat">Times the body runs (e.g. iterations); at least 1.</param>
/// <param name="Function">Function (action) name.</param>
/// <param name="MemoryMb">Memory per function; null for the runtime default.</param>
public sealed record PhasedWorkload(int Functions, IReadOnlyList<WorkPhase> Phases, int Repeat = 1, string Function = "phased", int? MemoryMb = null) : IWorkload
{
    /// <summary>The body unrolled: <see cref="Phases"/> repeated <see cref="Repeat"/> times.</summary>
    internal IReadOnlyList<WorkPhase> Unrolled => [.. Enumerable.Repeat(Phases, Repeat).SelectMany(p => p)];

    /// <inheritdoc/>
    public string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"{Functions} x [{string.Join(" -> ", Phases.Select(Describe))}]{(Repeat > 1 ? $" x {Repeat}" : string.Empty)}");

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        if (Functions < 1 || Repeat < 1 || Phases.Count == 0)
        {
            throw new ArgumentException("a phased workload needs at least one function, one phase and one repetition", nameof(streams));
        }

        var phases = Unrolled;
        double cpu = phases.OfType<ComputePhase>().Sum(p => p.CpuSeconds);
        return [new JobRequest(0, SimTime.Zero, "guest", Function, Functions, MemoryMb ?? defaultMemoryMb, _ => FunctionWork.Cpu(cpu)) { Phases = phases }];
    }

    private static string Describe(WorkPhase phase) => phase switch
    {
        ComputePhase c => string.Create(CultureInfo.InvariantCulture, $"{c.CpuSeconds:0.###} CPU-s"),
        ExchangePhase e => string.Create(CultureInfo.InvariantCulture, $"{e.Pattern.ToString().ToLowerInvariant()} {e.BytesPerFunction / 1e6:0.###} MB"),
        _ => phase.ToString(),
    };
}
