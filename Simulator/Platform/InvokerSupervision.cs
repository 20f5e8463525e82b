using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// OpenWhisk's InvokerSupervision (controller InvokerPool / InvokerActor): each invoker's last 10 completion results
/// (a ring buffer) decide whether it gets user activations. More than 3 system errors among them (a container that
/// could not be started: whisk error) make it Unhealthy, more than 3 forced completions (acks that timed out) make it
/// Unresponsive; while so it gets no user activations and the controller sends it its health test action at once and
/// every minute, and again at once after each success; a success with no more than 3 of either in the buffer makes it
/// Healthy. A developer error (an action's time limit) counts as a success. Offline (crash) is final here.
/// One supervision serves every controller (OpenWhisk keeps one per controller, each fed by its own acks).
/// </summary>
internal sealed class InvokerSupervision
{
    /// <summary>InvokerActor.bufferSize: completions remembered per invoker.</summary>
    public const int BufferSize = 10;

    /// <summary>InvokerActor.bufferErrorTolerance: more system errors (or timeouts) than this in the buffer and the invoker is taken out.</summary>
    public const int ErrorTolerance = 3;

    /// <summary>InvokerActor: a test action every minute while Unhealthy or Unresponsive.</summary>
    public static readonly SimSpan TestActionPeriod = SimSpan.FromSeconds(60);

    private readonly OpenWhisk _platform;
    private readonly State[] _states;
    private readonly Queue<Result>[] _buffers;
    private readonly long[] _timerToken;
    private readonly bool[] _warmTestContainer;

    public InvokerSupervision(OpenWhisk platform)
    {
        _platform = platform;
        int n = platform.Invokers.Length;
        _states = new State[n];
        _buffers = new Queue<Result>[n];
        _timerToken = new long[n];
        _warmTestContainer = new bool[n];
        for (int i = 0; i < n; i++)
        {
            // At start-up each invoker is Unhealthy until its first test action succeeds; the first success sends another
            // test action and turns it Healthy, the second arrives while Healthy: two successes in the buffer.
            _buffers[i] = new Queue<Result>([Result.Success, Result.Success]);
        }
    }

    /// <summary>The outcome of one activation as the controller's completion handling classifies it (InvocationFinishedResult).</summary>
    public enum Result : byte
    {
        Success,
        SystemError,
        Timeout,
    }

    private enum State : byte
    {
        Healthy,
        Unhealthy,
        Unresponsive,
        Offline,
    }

    /// <summary>Times an invoker was taken out of rotation (went Unhealthy or Unresponsive).</summary>
    public long TakenOut { get; private set; }

    /// <summary>Health test actions sent.</summary>
    public long TestActions { get; private set; }

    /// <summary>Whether invoker <paramref name="invoker"/> is Healthy (gets user activations).</summary>
    public bool IsHealthy(int invoker) => _states[invoker] == State.Healthy;

    /// <summary>The invoker crashed and its pings stopped: Offline for the rest of the run.</summary>
    public void Offline(int invoker)
    {
        _states[invoker] = State.Offline;
        _timerToken[invoker]++;
    }

    /// <summary>A completion of an activation on <paramref name="invoker"/> reached the controller (InvokerActor.handleCompletionMessage).</summary>
    public void Completed(int invoker, Result result)
    {
        var buffer = _buffers[invoker];
        buffer.Enqueue(result);
        if (buffer.Count > BufferSize)
        {
            buffer.Dequeue();
        }

        var state = _states[invoker];
        if (result == Result.Success && state == State.Unhealthy)
        {
            InvokeTestAction(invoker); // clear the buffer as fast as possible
        }

        if ((state == State.Healthy && result == Result.Success) || state == State.Offline)
        {
            return;
        }

        int errors = buffer.Count(r => r == Result.SystemError);
        int timeouts = buffer.Count(r => r == Result.Timeout);
        if (errors > ErrorTolerance)
        {
            GoTo(invoker, State.Unhealthy);
        }
        else if (timeouts > ErrorTolerance)
        {
            GoTo(invoker, State.Unresponsive);
        }
        else if (result == Result.Success)
        {
            GoTo(invoker, State.Healthy);
        }
        else if (buffer.Count <= ErrorTolerance)
        {
            GoTo(invoker, result == Result.SystemError ? State.Unhealthy : State.Unresponsive); // the buffer is not primed yet
        }
    }

    private void GoTo(int invoker, State next)
    {
        var now = _states[invoker];
        if (now == next)
        {
            return;
        }

        _states[invoker] = next;
        bool usable = next == State.Healthy;
        if (usable != (now == State.Healthy))
        {
            TakenOut += usable ? 0 : 1;
            foreach (var controller in _platform.Controllers)
            {
                controller.Admission.SetUsable(invoker, usable);
            }

            _platform.Bursts.SetHealthy(invoker, usable);
        }

        // Entering Unhealthy or Unresponsive: a test action now and one every minute until the state is left.
        long token = ++_timerToken[invoker];
        if (!usable)
        {
            InvokeTestAction(invoker);
            _platform.Sim.Schedule(TestActionPeriod, () => Tick(invoker, token));
        }
    }

    private void Tick(int invoker, long token)
    {
        if (token != _timerToken[invoker])
        {
            return; // the state changed since
        }

        InvokeTestAction(invoker);
        _platform.Sim.Schedule(TestActionPeriod, () => Tick(invoker, token));
    }

    /// <summary>
    /// The health test action (whisk.system/invokerHealthTestAction, nodejs): over the bus to the invoker, run, acked. It
    /// runs in a nodejs stem cell if the invoker keeps any, else in a container it creates once (docker run and /init,
    /// which the start-failure fault can fail: a system error) and then reuses. Its memory is not charged to the pool.
    /// </summary>
    private void InvokeTestAction(int invoker)
    {
        TestActions++;
        var l = _platform.Latencies;
        var target = _platform.Invokers[invoker];
        bool cold = !_warmTestContainer[invoker] && _platform.Parameters.Invoker.StemCells == 0;
        var time = l.Produce.Next() + l.Fetch.Next() + l.RunRequest.Next() + l.CompletionAck.Next();
        if (cold)
        {
            time += l.DockerRunSerial.Next() + l.DockerRunStart.Next() + l.Init.Next();
        }

        bool failed = cold && _platform.Faults?.StartFails() == true;
        _platform.Sim.Schedule(time, () =>
        {
            if (target.Down)
            {
                return; // no completion from a crashed invoker: its pings stop and it goes Offline
            }

            _warmTestContainer[invoker] |= !failed;
            Completed(invoker, failed ? Result.SystemError : Result.Success);
        });
    }
}
