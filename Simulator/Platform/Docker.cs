using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Docker daemon of one invoker. `docker run` holds one of the invoker's parallel-runs slots
/// (OpenWhisk's semaphore, default 10) from start to finish; inside it, the daemon's serial part
/// (create, mounts, network) is served one container at a time, first come first served, then the
/// container process starts concurrently. The serial part is why successive cold containers on one
/// invoker start about 0.15 s apart however many are requested. Each container also needs a network
/// address from the node (see <see cref="NodeAddresses"/>), released when it is removed.
/// Before `docker run` the image may be pulled (<see cref="PullRule"/>): the node's image cache says whether the pull
/// is only a registry check or a download of the whole image over the node's registry link, which concurrent
/// downloads share equally; concurrent pulls of one image are merged (OpenWhisk DockerClient pullsInFlight).
/// </summary>
internal sealed class Docker(Simulation sim, int parallelRuns, Latencies latencies, NodeAddresses addresses, ImageStore images)
{
    private Queue<Action>? _waitingForSlot; // made when a run first waits for a parallel-runs slot
    private Dictionary<string, List<Action>>? _pulls; // pulls in flight, by image, with the runs waiting for each
    private CpuScheduler? _registryLink; // the node's download bandwidth, shared by its concurrent downloads (processor sharing)
    private SimTime _daemonFreeAt;

    public int RunsInFlight { get; private set; }

    /// <summary>The most runs ever in flight at once (never above the parallel-runs limit).</summary>
    public int MaxRunsInFlight { get; private set; }

    public long Runs { get; private set; }

    /// <summary>Starts a container of <paramref name="image"/>; <paramref name="started"/> runs when `docker run` returns.</summary>
    public void Run(PullRule rule, string image, Action started)
    {
        bool cached = images.Has(image);
        if (rule == PullRule.Never || (rule == PullRule.IfNotPresent && cached) || (cached && images.CheckIsFree))
        {
            AcquireSlot(started); // nothing to fetch (a check that takes no time is not an event)
            return;
        }

        _pulls ??= new(StringComparer.Ordinal);
        if (!_pulls.TryGetValue(image, out var waiters))
        {
            // OpenWhisk's DockerClient merges concurrent pulls of one image: later requests join the pull under way.
            waiters = [];
            _pulls[image] = waiters;
            Pulls++;
            sim.Schedule(latencies.DockerPull.Next(), () => Checked(image));
        }

        waiters.Add(() => AcquireSlot(started));
    }

    /// <summary>Pulls started (registry checks, with or without a download).</summary>
    public long Pulls { get; private set; }

    /// <summary>Pulls that downloaded the image (the node lacked it).</summary>
    public long Downloads { get; private set; }

    /// <summary>The registry answered: a node with the image is done; one without downloads it over its shared link.</summary>
    private void Checked(string image)
    {
        if (images.Has(image))
        {
            PullDone(image);
            return;
        }

        Downloads++;
        _registryLink ??= new CpuScheduler(sim, 1);
        _registryLink.Start(images.SizeMb / images.RegistryMbPerS, 1.0, () =>
        {
            images.Add(image);
            PullDone(image);
        });
    }

    private void PullDone(string image)
    {
        var waiters = _pulls![image];
        _pulls.Remove(image);
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
