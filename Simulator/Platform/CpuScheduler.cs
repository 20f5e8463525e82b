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

    private int _exclusiveBusy;
    private double _usedSeconds;
    private bool _halted;

    /// <summary>
    /// CPU time delivered so far, CPU-s: the shared tasks' rates and the exclusive cores running CPU work, integrated
    /// over time. A sleep or an I/O wait uses none; a task slowed by sharing uses no more than its work. It never exceeds
    /// <see cref="Cpus"/> x elapsed time (the shared rates sum to at most the shared CPUs, each exclusive worker to one held CPU).
    /// </summary>
    public double UsedCpuSeconds
    {
        get
        {
            Advance();
            return _usedSeconds;
        }
    }

    /// <summary>A burst worker starts CPU work on its dedicated core (it ends with <see cref="ExclusiveWorkEnded"/>).</summary>
    public void ExclusiveWorkStarted()
    {
        if (_halted)
        {
            return;
        }

        Advance();
        _exclusiveBusy++;
    }

    /// <summary>A burst worker's CPU work on its dedicated core is over (done, or its planned end after it was lost).</summary>
    public void ExclusiveWorkEnded()
    {
        if (_halted)
        {
            return; // a crash already stopped every core
        }

        Advance();
        _exclusiveBusy = Math.Max(0, _exclusiveBusy - 1);
    }

    /// <summary>The invoker crashed: every CPU stops now; work still queued never completes and uses no more CPU.</summary>
    public void Halt()
    {
        Advance();
        _halted = true;
        _exclusiveBusy = 0;
        _tasks.Clear();
        if (_nextCompletion is { } pending)
        {
            sim.Cancel(pending);
            _nextCompletion = null;
        }
    }

    public double SharedCpus => Math.Max(0, Cpus - Exclusive);

    /// <summary>Adds CPU work; <paramref name="done"/> runs when it has received <paramref name="cpuSeconds"/> of CPU.</summary>
    /// <returns>The task, which <see cref="Cancel"/> takes off the CPUs.</returns>
    public CpuTask Start(double cpuSeconds, double weight, Action done)
    {
        var task = new CpuTask(cpuSeconds, weight, done);
        if (_halted)
        {
            return task; // a down invoker runs nothing: the task is never on the CPUs, so it never completes
        }

        Advance();
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

        double rates = _exclusiveBusy;
        foreach (var t in _tasks)
        {
            t.Remaining -= t.Rate * elapsed;
            rates += t.Rate;
        }

        _usedSeconds += rates * elapsed;
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
