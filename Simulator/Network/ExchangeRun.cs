using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Network;

/// <summary>
/// Runs an <see cref="ExchangePlan"/> on the network: the tasks of a step start together (each after its own
/// dependencies and latency), the next step when the last task of this one is done; <paramref name="workerDone"/>
/// runs for each worker when every task it waits on is done.
/// </summary>
internal sealed class ExchangeRun(Simulation sim, FairShareNetwork network, ExchangePlan plan, Action<int> workerDone)
{
    private int _step = -1;
    private int _stepLeft;

    /// <summary>Starts the first step; workers that wait on nothing are done at once.</summary>
    public void Start()
    {
        for (int w = 0; w < plan.WaitsOf.Count; w++)
        {
            int worker = w;
            var waits = plan.WaitsOf[w];
            int left = waits.Count;
            if (left == 0)
            {
                workerDone(worker);
                continue;
            }

            foreach (var task in waits)
            {
                task.WhenDone(() =>
                {
                    if (--left == 0)
                    {
                        workerDone(worker);
                    }
                });
            }
        }

        NextStep();
    }

    internal void Launch(TransferTask task)
    {
        void Move() => network.Start(task.Path, task.Bytes, task.CapBytesPerS, () => Finished(task));
        if (task.LatencyS > 0)
        {
            sim.Schedule(SimSpan.FromSeconds(task.LatencyS), Move);
        }
        else
        {
            Move();
        }
    }

    private void Finished(TransferTask task)
    {
        // Completing may finish later tasks of this step at once (and even move to the next step): advance only once.
        int step = _step;
        _stepLeft--;
        task.Complete(this);
        if (_stepLeft == 0 && step == _step)
        {
            NextStep();
        }
    }

    private void NextStep()
    {
        while (++_step < plan.Steps.Count)
        {
            var tasks = plan.Steps[_step];
            if (tasks.Count == 0)
            {
                continue;
            }

            _stepLeft = tasks.Count;
            foreach (var task in tasks.ToArray())
            {
                task.Release(this);
            }

            return;
        }
    }
}
