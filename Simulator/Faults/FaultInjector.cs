using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Faults;

/// <summary>
/// Injects a <see cref="FaultPlan"/> into one deployment and routes what a fault loses: classic and
/// FaaSBatch calls to the Lithops client's timeout and retries, burst workers to the controller, which
/// re-runs or fails them (<see cref="BurstOnCrash"/>). A crash is noticed by the controller when the
/// health timeout has passed (OpenWhisk's 10 s offline rule); a lost message when its completion ack times
/// out; a failed container start at once (the invoker's error ack).
/// </summary>
internal sealed class FaultInjector
{
    private readonly OpenWhisk _platform;
    private readonly Simulation _sim;
    private readonly FaultPlan _plan;
    private readonly (Invoker Invoker, InvokerSlowdown Slowdown)[] _slowdowns;
    private readonly Random _messages;
    private readonly Random _starts;
    private readonly Dictionary<Invoker, List<Activation>> _awaitingNotice = [];

    /// <exception cref="ArgumentException">A fault names an invoker the cluster does not have.</exception>
    public FaultInjector(OpenWhisk platform, FaultPlan plan)
    {
        _platform = platform;
        _sim = platform.Sim;
        _plan = plan;
        _messages = platform.Streams.Open("faults.message");
        _starts = platform.Streams.Open("faults.start");
        _slowdowns = [.. plan.Slowdowns.Select(s => (Find(s.Invoker), s))];
        foreach (var crash in plan.Crashes)
        {
            var invoker = Find(crash.Invoker);
            _sim.ScheduleAt(SimTime.FromSeconds(crash.AtS), () => Crash(invoker));
        }
    }

    /// <summary>How many times longer a function starting now on <paramref name="invoker"/> runs (1 outside every slowdown).</summary>
    public double Slowdown(Invoker invoker, SimTime now)
    {
        double factor = 1.0;
        foreach (var (where, s) in _slowdowns)
        {
            if (where == invoker && now.Seconds >= s.FromS && now.Seconds < s.ToS)
            {
                factor *= s.Factor;
            }
        }

        return factor;
    }

    /// <summary>Draws whether this container start fails.</summary>
    public bool StartFails() => _plan.StartFailureProbability > 0 && _starts.NextDouble() < _plan.StartFailureProbability;

    /// <summary>Draws whether the bus loses this message; a lost one is handled here and never delivered.</summary>
    public bool DropMessage(Invoker invoker, RunRequest request)
    {
        if (_plan.MessageLossProbability <= 0 || _messages.NextDouble() >= _plan.MessageLossProbability)
        {
            return false;
        }

        var lost = MarkLost(invoker, request.Activations);
        RouteClassic(lost);
        _sim.Schedule(SimSpan.FromSeconds(_platform.Parameters.Recovery.CompletionAckTimeout), () =>
        {
            request.AckForced = true;
            _platform.CompletionAcks(request);
            if (request.ExclusiveCpus > 0)
            {
                _platform.Bursts.Forgotten(invoker.Index, request.ExclusiveCpus, request.MemoryMb);
            }

            RouteBursts(lost);
        });
        return true;
    }

    /// <summary>A message reached an invoker that had crashed: lost on arrival.</summary>
    public void ArrivedAtDownInvoker(Invoker invoker, RunRequest request)
    {
        var lost = MarkLost(invoker, request.Activations);
        RouteClassic(lost);
        if (_platform.Bursts.IsOnline(invoker.Index))
        {
            _awaitingNotice[invoker].AddRange(lost.Where(IsBurst));
            _sim.Schedule(SimSpan.FromSeconds(_platform.Parameters.Recovery.HealthTimeoutS), () => _platform.CompletionAcks(request));
        }
        else
        {
            _platform.CompletionAcks(request);
            RouteBursts(lost);
        }
    }

    /// <summary>A container failed to start: the invoker's error ack tells the controller at once.</summary>
    public void StartFailed(Invoker invoker, RunRequest request)
    {
        var lost = MarkLost(invoker, request.Activations);
        RouteClassic(lost);
        RouteBursts(lost);
    }

    private void Crash(Invoker invoker)
    {
        if (invoker.Down)
        {
            return;
        }

        var requests = invoker.Crash();
        foreach (var request in requests.Where(r => r.Running))
        {
            _platform.Ledger.Invocation(request.RunStart, _sim.Now, request.MemoryMb); // billed up to the loss, like a Lambda invocation that dies
        }

        var lost = MarkLost(invoker, requests.SelectMany(r => r.Activations));
        RouteClassic(lost);
        _awaitingNotice[invoker] = [.. lost.Where(IsBurst)];
        _sim.Schedule(SimSpan.FromSeconds(_platform.Parameters.Recovery.HealthTimeoutS), () =>
        {
            _platform.Bursts.Offline(invoker.Index);
            _platform.Health?.Offline(invoker.Index);
            foreach (var controller in _platform.Controllers)
            {
                controller.Admission.SetUsable(invoker.Index, false);
            }

            foreach (var request in requests.OrderBy(r => r.Activations[0].Job.Request.JobId).ThenBy(r => r.Activations[0].FunctionId))
            {
                _platform.CompletionAcks(request); // the controller forgets them: slots and limits come back
            }

            RouteBursts(_awaitingNotice[invoker]);
            _awaitingNotice[invoker].Clear();
        });
    }

    /// <summary>Marks the workers not yet ended as lost now, in a deterministic order (job, function, attempt).</summary>
    private List<Activation> MarkLost(Invoker invoker, IEnumerable<Activation> activations)
    {
        var lost = activations.Where(a => !a.Ended && !a.Lost)
            .OrderBy(a => a.Job.Request.JobId).ThenBy(a => a.FunctionId).ThenBy(a => a.Attempt).ToList();
        foreach (var a in lost)
        {
            a.MarkLost(_sim.Now);
        }

        return lost;
    }

    private void RouteClassic(List<Activation> lost)
    {
        foreach (var a in lost.Where(a => !IsBurst(a)))
        {
            _platform.Retries.CallLost(a);
        }
    }

    private void RouteBursts(List<Activation> lost)
    {
        foreach (var job in lost.Where(IsBurst).GroupBy(a => a.Job).OrderBy(g => g.Key.Request.JobId))
        {
            _platform.Bursts.WorkersLost(job.Key, [.. job]);
        }
    }

    /// <summary>Lost work the controller places again (burst workers) rather than the client's monitor retrying it.</summary>
    private bool IsBurst(Activation a) => _platform.Path.ControllerReplacesLost;

    private Invoker Find(string name) =>
        _platform.Invokers.FirstOrDefault(i => i.Name == name)
        ?? throw new InvalidSetupException($"a fault names the invoker '{name}', which the cluster does not have (it has {string.Join(", ", _platform.Invokers.Select(i => i.Name))})");
}
