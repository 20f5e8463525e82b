using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Docker daemon of one invoker. `docker run` holds one of the invoker's parallel-runs slots
/// (OpenWhisk's semaphore, default 10) from start to finish; inside it, the daemon's serial part
/// (create, mounts, network) is served one container at a time, first come first served, then the
/// container process starts concurrently. The serial part is why successive cold containers on one
/// invoker start about 0.15 s apart however many are requested.
/// </summary>
internal sealed class Docker(Simulation sim, int parallelRuns, SimSpan runSerial, SimSpan runStart, SimSpan pull)
{
    private readonly Queue<Action> _waitingForSlot = new();
    private SimTime _daemonFreeAt;

    public int RunsInFlight { get; private set; }

    /// <summary>The most runs ever in flight at once (never above the parallel-runs limit).</summary>
    public int MaxRunsInFlight { get; private set; }

    public long Runs { get; private set; }

    /// <summary>Starts a container; <paramref name="started"/> runs when `docker run` returns.</summary>
    public void Run(bool pullFirst, Action started)
    {
        if (pullFirst)
        {
            sim.Schedule(pull, () => AcquireSlot(started));
        }
        else
        {
            AcquireSlot(started);
        }
    }

    private void AcquireSlot(Action started)
    {
        if (RunsInFlight < parallelRuns)
        {
            RunsInFlight++;
            MaxRunsInFlight = Math.Max(MaxRunsInFlight, RunsInFlight);
            EnterDaemon(started);
        }
        else
        {
            _waitingForSlot.Enqueue(started);
        }
    }

    private void EnterDaemon(Action started)
    {
        SimTime begin = SimTime.Max(sim.Now, _daemonFreeAt);
        _daemonFreeAt = begin + runSerial;
        Runs++;
        sim.ScheduleAt(_daemonFreeAt + runStart, () =>
        {
            RunsInFlight--;
            if (_waitingForSlot.Count > 0)
            {
                RunsInFlight++;
                EnterDaemon(_waitingForSlot.Dequeue());
            }

            started();
        });
    }
}
