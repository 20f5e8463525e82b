using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>A container in an invoker's pool.</summary>
internal sealed class Container(int id, Invoker invoker, string action, int memoryMb)
{
    public int Id { get; } = id;
    public string Name { get; } = $"container{id}";
    public Invoker Invoker { get; } = invoker;
    public string Action { get; } = action;
    public int MemoryMb { get; } = memoryMb;
    public ContainerState State { get; set; } = ContainerState.Starting;
    public SimTime LastUsed { get; set; }

    /// <summary>Bumped whenever the container is taken or removed.</summary>
    public long Generation { get; set; }

    /// <summary>When the pending idle timer (pause or removal check) fires; null when none is pending.</summary>
    public SimTime? TimerAt { get; set; }

    /// <summary>Bumped each time an idle timer is armed: a timer that fires with an older number was superseded and does nothing.</summary>
    public long TimerToken { get; set; }

    /// <summary>Workers of the current request still running.</summary>
    public int RunningWorkers { get; set; }

    public RunRequest? Current { get; set; }

    /// <summary>When its keep-alive ends, set each time it goes idle (the run's keep-alive policy decides).</summary>
    public SimTime RemoveAt { get; set; }

    /// <summary>Requests it has run (eviction policies weigh by it).</summary>
    public long Uses { get; set; }

    /// <summary>What creating it took (docker run and /init).</summary>
    public SimSpan ColdStart { get; set; }

    /// <summary>The container as lifecycle policies see it.</summary>
    public Scheduling.Lifecycle.IdleContainer View() => new(Id, Action, Invoker.Index, MemoryMb, LastUsed, Uses, ColdStart);

    /// <summary>Set once the FaaSBatch shared storage client exists in this container.</summary>
    public bool HasSharedClient { get; set; }

    /// <summary>CPUs a burst pack container was created for (0: a shared-CPU container); a warm pack is reused only by a pack of the same size.</summary>
    public int PackCpus { get; init; }

    public bool Idle => State is ContainerState.Free or ContainerState.Paused;

    /// <summary>In its pool's list of eviction candidates (so a container released again while still listed is not listed twice).</summary>
    public bool ListedIdle { get; set; }
}
