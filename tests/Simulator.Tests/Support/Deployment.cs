using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Support;

/// <summary>
/// A simulated deployment the test drives itself (what <see cref="PlatformRun"/> does, with the
/// internals in reach): submit jobs, then run while observing the model after every event.
/// </summary>
internal sealed class Deployment
{
    private readonly PolicySpec _policy;
    private int _jobs;

    public Deployment(ClusterSpec cluster, PlatformParameters parameters, PolicySpec policy, ulong seed = 1)
    {
        _policy = policy;
        Sim = new Simulation();
        Platform = new OpenWhisk(Sim, cluster, parameters, policy, new RandomStreams(seed), Sink);
    }

    public Simulation Sim { get; }

    public OpenWhisk Platform { get; }

    public RecordingSink Sink { get; } = new();

    public IReadOnlyList<ActivationRecord> Records => Sink.Records;

    public Deployment Submit(params JobRequest[] jobs)
    {
        foreach (var job in jobs)
        {
            Sim.ScheduleAt(job.Arrival, () => Platform.Client.StartJob(job));
            _jobs++;
        }

        return this;
    }

    /// <summary>Runs until every submitted job is reported, calling <paramref name="observe"/> after each event.</summary>
    public void Run(Action? observe = null) =>
        Sim.RunUntil(() =>
        {
            observe?.Invoke();
            return Platform.Client.JobsComplete == _jobs;
        });
}
