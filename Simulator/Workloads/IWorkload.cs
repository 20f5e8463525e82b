using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>Produces the jobs of a run from the run's random streams; the same streams give the same jobs under every policy.</summary>
public interface IWorkload
{
    /// <summary>One-line description for listings and figure captions.</summary>
    string Description { get; }

    /// <summary>The jobs in arrival order. Draws only from streams opened by name on <paramref name="streams"/>.</summary>
    IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb);
}
