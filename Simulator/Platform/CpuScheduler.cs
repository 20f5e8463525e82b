using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The CPUs of one invoker. Classic containers share the CPUs not held exclusively by burst packs,
/// by cpu-shares weight, with no cap (Linux CFS under contention is weighted processor sharing); a
/// single-threaded function never gets more than one CPU. Burst workers hold one CPU exclusively and
/// are not scheduled here (their CPUs are subtracted from the shared set).
/// </summary>
internal sealed class CpuScheduler(Simulation sim, int cpus)
{
    private const double Epsilon = 1e-9;
    private readonly List<CpuTask> _tasks = [];
    private SimTime _lastUpdate;
    private EventId? _nextCompletion;

    public int Cpus { get; } = cpus;

    /// <summary>CPUs currently held exclusively (burst workers).</summary>
    public int Exclusive { get; private set; }

    public int Runnable => _tasks.Count;

    public double SharedCpus => Math.Max(0, Cpus - Exclusive);

    /// <summary>Adds CPU work; <paramref name="done"/> runs when it has received <paramref name="cpuSeconds"/> of CPU.</summary>
    /// <returns>The task, which <see cref="Cancel"/> takes off the CPUs.</returns>
    public CpuTask Start(double cpuSeconds, double weight, Action done)
    {
        Advance();
        var task = new CpuTask(cpuSeconds, weight, done);
        _tasks.Add(task);
        Reschedule();
        return task;
    }

    /// <summary>The task's process was killed (its time limit): it leaves the CPUs now and its completion never runs.</summary>
    public void Cancel(CpuTask task)
    {
        Advance();
        if (_tasks.Remove(task))
        {
            Reschedule();
        }
    }

    public void HoldExclusive(int count)
    {
        Advance();
        Exclusive += count;
        Reschedule();
    }

    public void ReleaseExclusive(int count)
    {
        Advance();
        Exclusive -= count;
        Reschedule();
    }

    /// <summary>Water-filling: equal CPU per unit weight, except that no task exceeds one CPU.</summary>
    internal static void AssignRates(List<CpuTask> tasks, double cpus)
    {
        if (tasks.Count <= cpus)
        {
            foreach (var t in tasks)
            {
                t.Rate = 1.0;
            }

            return;
        }

        var open = tasks.OrderByDescending(t => t.Weight).ToList();
        double left = cpus;
        double weights = open.Sum(t => t.Weight);
        int first = 0;
        // Heaviest tasks saturate at one CPU first; the rest share what remains by weight.
        while (first < open.Count && left > 0 && open[first].Weight * left / weights >= 1.0)
        {
            open[first].Rate = 1.0;
            left -= 1.0;
            weights -= open[first].Weight;
            first++;
        }

        for (int i = first; i < open.Count; i++)
        {
            open[i].Rate = left > 0 && weights > 0 ? open[i].Weight * left / weights : 0.0;
        }
    }

    private void Advance()
    {
        double elapsed = (sim.Now - _lastUpdate).Seconds;
        _lastUpdate = sim.Now;
        if (elapsed <= 0)
        {
            return;
        }

        foreach (var t in _tasks)
        {
            t.Remaining -= t.Rate * elapsed;
        }
    }

    private void Reschedule()
    {
        if (_nextCompletion is { } pending)
        {
            sim.Cancel(pending);
            _nextCompletion = null;
        }

        if (_tasks.Count == 0)
        {
            return;
        }

        AssignRates(_tasks, SharedCpus);
        double soonest = double.PositiveInfinity;
        foreach (var t in _tasks)
        {
            if (t.Rate > 0)
            {
                soonest = Math.Min(soonest, Math.Max(0, t.Remaining) / t.Rate);
            }
        }

        if (double.IsPositiveInfinity(soonest))
        {
            return; // every shared CPU is held exclusively: wait for a release
        }

        long ticks = (long)Math.Ceiling(soonest * SimTime.TicksPerSecond - Epsilon);
        _nextCompletion = sim.Schedule(new SimSpan(Math.Max(0, ticks)), Complete);
    }

    private void Complete()
    {
        _nextCompletion = null;
        Advance();
        var finished = new List<CpuTask>();
        double tolerance = 1.0 / SimTime.TicksPerSecond;
        for (int i = 0; i < _tasks.Count; i++)
        {
            if (_tasks[i].Remaining <= tolerance * Math.Max(1.0, _tasks[i].Rate))
            {
                finished.Add(_tasks[i]);
            }
        }

        _tasks.RemoveAll(t => finished.Contains(t));
        Reschedule();
        foreach (var t in finished)
        {
            t.Done();
        }
    }
}
