using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// One Lithops FaaSInvoker sending a job's calls (lithops invokers.py): the calls the free max_workers take at
/// submission go through the invoke pool (invoke_pool_threads threads); later ones, released by tokens as calls
/// finish, through the two async invoker threads' pools of min(64, invoke_pool_threads / 4) threads each. A thread
/// blocks on one invoke request; one call's request is built at a time (the GIL). The client's own invoker, or a
/// remote invoker running inside a function (Lithops' remote_invoker option).
/// </summary>
internal sealed class CallSender
{
    private readonly CloudRun _run;
    private readonly LatencyStream _perCall;
    private readonly Queue<CloudJob> _waitingForThread = new();
    private readonly Queue<CloudJob> _waitingForAsync = new();
    private int _freeThreads;
    private int _freeAsyncThreads;
    private SimTime _gilFreeAt;

    /// <summary>Lithops FaaSInvoker.ASYNC_INVOKERS: threads that send the calls queued beyond max_workers.</summary>
    public const int AsyncInvokers = 2;

    public CallSender(CloudRun run, LatencyStream perCall)
    {
        _run = run;
        _perCall = perCall;
        _freeThreads = run.Service.InvokePoolThreads;
        _freeAsyncThreads = AsyncInvokers * Math.Max(1, Math.Min(64, run.Service.InvokePoolThreads / 4));
    }

    /// <summary>Invoke requests sent and not yet answered.</summary>
    public int InFlight { get; private set; }

    /// <summary>Called when a request was answered and nothing more can be sent for now (a remote invoker may then return).</summary>
    public Action<CloudJob>? Idle { get; init; }

    /// <summary>Sends calls while the job has a max_workers token and a thread of the right pool is free.</summary>
    public void Pump(CloudJob job)
    {
        var sim = _run.Sim;
        while (job.Tokens > 0 && job.NextCall < job.Request.Functions)
        {
            bool direct = job.NextCall < job.DirectCalls;
            if ((direct ? _freeThreads : _freeAsyncThreads) == 0)
            {
                var waiting = direct ? _waitingForThread : _waitingForAsync;
                if (!waiting.Contains(job))
                {
                    waiting.Enqueue(job);
                }

                return;
            }

            int id = job.NextCall++;
            var call = new CloudCall(job, id, job.Request.Work(id));
            job.Tokens--;
            Take(direct);
            InFlight++;
            var leaves = SimTime.Max(sim.Now, _gilFreeAt);
            _gilFreeAt = leaves + _perCall.Next();
            sim.ScheduleAt(leaves, () =>
            {
                call.HostSubmit = sim.Now;
                sim.Schedule(_run.Service.ClientRequest(), () =>
                {
                    call.Accepted = sim.Now;
                    InFlight--;
                    _run.Service.Accept(call);
                    Freed(job, direct);
                });
            });
        }
    }

    private void Take(bool direct)
    {
        if (direct)
        {
            _freeThreads--;
        }
        else
        {
            _freeAsyncThreads--;
        }
    }

    private void Freed(CloudJob job, bool direct)
    {
        var waiting = direct ? _waitingForThread : _waitingForAsync;
        if (direct)
        {
            _freeThreads++;
        }
        else
        {
            _freeAsyncThreads++;
        }

        while ((direct ? _freeThreads : _freeAsyncThreads) > 0 && waiting.Count > 0)
        {
            Pump(waiting.Dequeue());
        }

        Pump(job);
        if (InFlight == 0)
        {
            Idle?.Invoke(job);
        }
    }
}
