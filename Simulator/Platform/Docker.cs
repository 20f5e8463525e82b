using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Docker daemon of one invoker. `docker run` holds one of the invoker's parallel-runs slots
/// (OpenWhisk's semaphore, default 10) from start to finish; inside it, the daemon's serial part
/// (create, mounts, network) is served one container at a time, first come first served, then the
/// container process starts concurrently. The serial part is why successive cold containers on one
/// invoker start about 0.15 s apart however many are requested. Each container also needs a network
/// address from the node (see <see cref="NodeAddresses"/>), released when it is removed.
/// </summary>
internal sealed class Docker(Simulation sim, int parallelRuns, Latencies latencies, NodeAddresses addresses)
{
    private Queue<Action>? _waitingForSlot; // made when a run first waits for a parallel-runs slot
    private List<Action>? _pullWaiters;
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
            // OpenWhisk's DockerClient merges concurrent pulls of one image: later requests join the pull under way.
            if (_pullWaiters is null)
            {
                _pullWaiters = [];
                Pulls++;
                sim.Schedule(latencies.DockerPull.Next(), PullDone);
            }

            _pullWaiters.Add(() => AcquireSlot(started));
        }
        else
        {
            AcquireSlot(started);
        }
    }

    public long Pulls { get; private set; }

    private void PullDone()
    {
        var waiters = _pullWaiters!;
        _pullWaiters = null;
        foreach (var w in waiters)
        {
            w();
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
            (_waitingForSlot ??= new()).Enqueue(started);
        }
    }

    private void EnterDaemon(Action started)
    {
        SimTime begin = SimTime.Max(sim.Now, _daemonFreeAt);
        _daemonFreeAt = begin + latencies.DockerRunSerial.Next();
        Runs++;
        // The container's network comes up after the daemon's serial part; it may wait for an address.
        sim.ScheduleAt(_daemonFreeAt, () => addresses.Acquire(() => sim.Schedule(latencies.DockerRunStart.Next(), () =>
        {
            RunsInFlight--;
            if (_waitingForSlot is { Count: > 0 })
            {
                RunsInFlight++;
                EnterDaemon(_waitingForSlot.Dequeue());
            }

            started();
        })));
    }
}
