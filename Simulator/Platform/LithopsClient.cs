using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The Lithops client: creates and uploads the job, then either sends one HTTP call per function
/// through its invoke thread pool (max_workers tokens, 429 back-off with a random 0-5 s sleep) or one
/// burst call carrying all inputs; its job monitor polls storage every monitoring interval and hands
/// finished calls' statistics to the sink.
/// </summary>
internal sealed class LithopsClient(OpenWhisk platform)
{
    private readonly Simulation _sim = platform.Sim;
    private readonly Dictionary<string, TenantClient> _tenants = new(StringComparer.Ordinal);
    private readonly Random _backoff = platform.Streams.Open("client.backoff");

    public int JobsComplete { get; private set; }

    /// <summary>Jobs whose monitor is running (started and not yet complete); each keeps exactly one poll pending.</summary>
    private int _monitoring;

    public void StartJob(JobRequest request, PolicySpec policy)
    {
        var p = platform.Parameters.Client;
        var job = new JobRun(request, policy, _sim.Now) { Tokens = p.MaxWorkers, FullyQualifiedAction = ActionName(request, policy), Runtime = platform.Runtime };
        job.CreatedTime = SimSpan.FromSeconds(p.JobSerializeS + p.FuncUploadS + p.DataUploadS);
        _sim.Schedule(job.CreatedTime, () => Submit(job));
    }

    public void Accepted(Activation a) => _sim.Schedule(Http, () => ThreadFreed(a.Job));

    /// <summary>HTTP 429: the calling thread sleeps a random 0..5 s, then the call goes back to the queue.</summary>
    public void Throttled(Activation a)
    {
        int sleep = _backoff.Next(platform.Parameters.Client.RetryOn429MaxS + 1);
        _sim.Schedule(Http + SimSpan.FromSeconds(sleep), () =>
        {
            a.Job.Retries.Enqueue(a);
            a.Job.Tokens++;
            ThreadFreed(a.Job);
        });
    }

    public void Rejected(JobRun job, string reason)
    {
        job.Rejected = true;
        platform.Errors.Add($"job {job.Request.JobId} ({job.Request.Tenant}/{job.Request.Function}, {job.Request.Functions} functions): {reason}");
    }

    public void WorkerEnded(Activation a) => a.Job.Ended.Add(a);

    public void WorkerStarted(Activation a) => platform.Started++;

    /// <summary>Lithops names the action after the runtime image and memory (e.g. lithops_v3_lithops-plus-boto3-3-9_512MB).</summary>
    private string ActionName(JobRequest request, PolicySpec policy)
    {
        if (policy.Kind == PolicyKind.FaaSBatch)
        {
            return $"{request.Tenant}/{request.Function}";
        }

        string image = platform.Parameters.Runtime.Image;
        string name = image[(image.LastIndexOf('/') + 1)..].Replace(':', '-').Replace('.', '-');
        return $"{request.Tenant}/lithops_v3_{name}_{request.MemoryMb}MB";
    }

    private SimSpan Http => SimSpan.FromSeconds(platform.Parameters.Client.HttpOneWayS);

    private TenantClient Tenant(string name)
    {
        if (!_tenants.TryGetValue(name, out var t))
        {
            t = new TenantClient(platform.Parameters.Client.InvokePoolThreads);
            _tenants[name] = t;
        }

        return t;
    }

    private void Submit(JobRun job)
    {
        job.SubmitStart = _sim.Now;
        _monitoring++;
        _sim.Schedule(SimSpan.FromSeconds(platform.Parameters.Client.MonitoringIntervalS), () => Poll(job));
        if (job.Policy.Kind == PolicyKind.Burst)
        {
            var activations = new Activation[job.Request.Functions];
            for (int i = 0; i < activations.Length; i++)
            {
                activations[i] = job.NewActivation(i);
                activations[i].HostSubmit = _sim.Now;
            }

            job.NextCall = activations.Length;
            _sim.Schedule(Http, () => platform.Controller.InvokeBurst(job, activations));
            return;
        }

        Pump(job);
    }

    private void ThreadFreed(JobRun job)
    {
        Tenant(job.Request.Tenant).FreeThreads++;
        Pump(job);
    }

    /// <summary>Starts calls while a token and a thread are free; calls leave one GIL slice apart.</summary>
    private void Pump(JobRun job)
    {
        var tenant = Tenant(job.Request.Tenant);
        var perCall = SimSpan.FromSeconds(platform.Parameters.Client.PerCallSubmitS);
        while (job.Tokens > 0 && tenant.FreeThreads > 0 && (job.Retries.Count > 0 || job.NextCall < job.Request.Functions))
        {
            var a = job.Retries.Count > 0 ? job.Retries.Dequeue() : job.NewActivation(job.NextCall++);
            job.Tokens--;
            tenant.FreeThreads--;
            var leaves = SimTime.Max(_sim.Now, tenant.GilFreeAt);
            tenant.GilFreeAt = leaves + perCall;
            _sim.ScheduleAt(leaves, () =>
            {
                a.HostSubmit = _sim.Now; // Lithops stamps each try as it is sent
                _sim.Schedule(Http, () => platform.Controller.Invoke(a));
            });
        }
    }

    /// <summary>
    /// Lithops' storage monitor: list the status objects, download the new ones, then sleep the
    /// monitoring interval, or only the short busy interval if this listing found finished calls.
    /// Results are collected by wait(), whose passes run a fixed interval apart from submission.
    /// </summary>
    private void Poll(JobRun job)
    {
        var p = platform.Parameters.Client;
        bool found = job.Ended.Count > 0;
        if (found)
        {
            var statusDone = _sim.Now + SimSpan.FromSeconds(p.StatusDownloadS);
            long loop = SimSpan.FromSeconds(p.WaitLoopS).Ticks;
            long sinceSubmit = (statusDone - job.SubmitStart).Ticks;
            var resultDone = job.SubmitStart + new SimSpan(((sinceSubmit + loop - 1) / loop) * loop);
            foreach (var a in job.Ended)
            {
                platform.Sink.Add(Record(a, job, statusDone, resultDone));
            }

            job.Reported += job.Ended.Count;
            platform.Reported += job.Ended.Count;
            if (job.Policy.Kind != PolicyKind.Burst)
            {
                job.Tokens += job.Ended.Count; // the monitor returns a finished call's max_workers token
            }

            job.Ended.Clear();
            Pump(job);
        }

        if (job.Complete)
        {
            JobsComplete++;
            _monitoring--;
            return;
        }

        // Liveness: if the only events left are the monitors' own polls, nothing can ever finish this job.
        if (_sim.Pending == _monitoring - 1)
        {
            throw new InvalidOperationException(
                $"the simulation stalled at {_sim.Now}: job {job.Request.JobId} ({job.Request.Tenant}/{job.Request.Function}) has " +
                $"{job.Request.Functions - job.Reported - job.Ended.Count} functions that can never run (a container larger than any invoker's memory?)");
        }

        double sleep = found ? p.MonitoringBusyIntervalS : p.MonitoringIntervalS;
        _sim.Schedule(SimSpan.FromSeconds(sleep), () => Poll(job));
    }

    private ActivationRecord Record(Activation a, JobRun job, SimTime statusDone, SimTime resultDone)
    {
        var client = platform.Parameters.Client;
        return new ActivationRecord
        {
            FunctionId = a.FunctionId,
            JobId = job.Request.JobId,
            Tenant = job.Request.Tenant,
            Function = job.Request.Function,
            Invoker = a.Invoker!.Name,
            Container = a.Container!.Name,
            ColdStart = a.ColdStart,
            HostJobCreate = job.HostJobCreate,
            HostJobSerializeTime = SimSpan.FromSeconds(client.JobSerializeS),
            HostFuncUploadTime = SimSpan.FromSeconds(client.FuncUploadS),
            HostDataUploadTime = SimSpan.FromSeconds(client.DataUploadS),
            HostJobCreatedTime = job.CreatedTime,
            HostSubmit = a.HostSubmit,
            HostStatusDone = statusDone,
            HostStatusQueryCount = 1,
            HostResultDone = resultDone,
            WorkerStart = a.WorkerStart,
            WorkerFuncStart = a.FuncStart,
            WorkerFuncEnd = a.FuncEnd,
            WorkerEnd = a.WorkerEnd,
            WorkerResultUploadTime = SimSpan.Zero,
            QueueTime = a.QueueTime,
            ColdStartTime = a.ColdStartTime,
        };
    }
}
