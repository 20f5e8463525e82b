using Burstsim.Simulator.Engine;
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

    public void StartJob(JobRequest request)
    {
        var p = platform.Parameters.Client;
        bool chunks = platform.Path.ChunksCalls;
        var job = new JobRun(request, _sim.Now)
        {
            Client = this,
            Tokens = p.MaxWorkers,
            FullyQualifiedAction = ActionName(request),
            Runtime = platform.Runtime,
            Chunksize = chunks ? p.CallsPerActivation : 1,
            WorkerProcesses = chunks ? p.WorkerProcesses : 1,
        };
        job.SerializeTime = platform.Latencies.JobSerialize.Next();
        job.FuncUploadTime = platform.Latencies.FuncUpload.Next();
        job.DataUploadTime = platform.Latencies.DataUpload.Next();
        job.CreatedTime = job.SerializeTime + job.FuncUploadTime + job.DataUploadTime;
        _sim.Schedule(job.CreatedTime, job); // fires Submit (JobRun.Fire)
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

    /// <summary>
    /// HTTP 503: Lithops' OpenWhisk client raises the response's error for any status but 202, 429, 401 and 404
    /// (libs/openwhisk/client.py invoke), in the invoke thread: the call is never sent again and its future never starts,
    /// so Lithops would wait for it forever. As for a call lost before it started (ClientRetries), the job monitor's
    /// timeout runs from the call's submission here and the retry rules decide.
    /// </summary>
    /// <param name="calls">The call, or the burst's workers.</param>
    /// <param name="heldThread">A single call held an invoke thread (a burst call takes none here): the exception frees it.</param>
    public void ServiceUnavailable(Activation[] calls, bool heldThread)
    {
        if (calls.Length == 0)
        {
            return;
        }

        if (heldThread)
        {
            _sim.Schedule(Http, () => ThreadFreed(calls[0].Job));
        }

        foreach (var a in calls)
        {
            a.MarkLost(_sim.Now);
            platform.Retries.CallLost(a);
        }
    }

    /// <summary>Bursts the controller refused (burst_no_fit 'reject').</summary>
    public int RejectedJobs { get; private set; }

    /// <summary>Functions of the refused bursts.</summary>
    public long RejectedFunctions { get; private set; }

    /// <summary>Ids of the refused jobs.</summary>
    public HashSet<int> RejectedJobIds { get; } = [];

    public void Rejected(JobRun job, string reason)
    {
        job.Rejected = true;
        RejectedJobIds.Add(job.Request.JobId);
        RejectedJobs++;
        RejectedFunctions += job.Request.Functions;
        platform.Errors.Add($"job {job.Request.JobId} ({job.Request.Tenant}/{job.Request.Function}, {job.Request.Functions} functions): {reason}");
    }

    public void WorkerEnded(Activation a)
    {
        a.Ended = true;
        platform.Ledger.WorkerEnded(a.WorkerEnd);
        a.Job.Ended.Add(a);
        if (a.Chunk is not { } chunk || chunk.Settle())
        {
            a.Job.TokensDue++; // a chunk's token comes back with its last call (monitor.py _generate_tokens)
        }
    }

    /// <summary>
    /// A function killed at its time limit: its worker has ended (no result); the job monitor fails the call at
    /// <paramref name="noticedAt"/> and the retry rules decide (see <see cref="Faults.ClientRetries"/>).
    /// </summary>
    public void WorkerTimedOut(Activation a, SimTime noticedAt)
    {
        a.Ended = true; // a later fault no longer loses it
        _sim.ScheduleAt(SimTime.Max(_sim.Now, noticedAt), () => platform.Retries.Failed(a));
    }

    /// <summary>Retries of burst workers: Lithops maps the failed inputs again with the same arguments, one new burst call.</summary>
    public void ResubmitGroup(JobRun job, Activation[] workers)
    {
        foreach (var w in workers)
        {
            w.HostSubmit = _sim.Now; // Lithops stamps each call as it is sent
        }

        _sim.Schedule(Http, () => platform.Route().InvokeBurst(new PendingBurst(job, workers)));
    }

    /// <summary>Emits the row of an attempt that did not succeed, at once (the monitor's timeout or the controller's report made it known).</summary>
    public void AttemptFailed(Activation a, ActivationStatus status)
    {
        platform.Ledger.WorkerEnded(a.WorkerEnd);
        platform.Sink.Add(Record(a, a.Job, _sim.Now, _sim.Now) with { Status = status });
        platform.Reported++;
    }

    /// <summary>
    /// The max_workers token a failed attempt held comes back before its retry is sent; a lost call of a chunk gives back
    /// the chunk's token only with the chunk's last call, so its retry waits for a token like any new call.
    /// </summary>
    public void ReleaseToken(Activation lost) => ReturnToken(lost);

    /// <summary>
    /// A retry goes to the front of the job's call queue (RetryingFunctionExecutor re-maps each failed call alone, a
    /// chunk of one); <see cref="ReleaseToken"/> gave back the token of its lost attempt first.
    /// </summary>
    public void Resubmit(Activation next)
    {
        next.Job.Retries.Enqueue(next);
        Pump(next.Job);
    }

    /// <summary>A call given up: its max_workers token comes back (a chunk's, with its last call).</summary>
    public void GaveUp(Activation a)
    {
        ReturnToken(a);
        Pump(a.Job);
    }

    private static void ReturnToken(Activation lost)
    {
        if (lost.Chunk is not { } chunk || chunk.Settle())
        {
            lost.Job.Tokens++;
        }
    }

    public void WorkerStarted(Activation a) => platform.Started++;

    /// <summary>
    /// Lithops' OpenWhisk action: {namespace}/lithops_{first 5 characters of the API key}/{image with '/' and ':'
    /// replaced by '_'}_{memory}MB_{Lithops version} (lithops-burst openwhisk.py, _format_function_name; config.py
    /// prefixes the docker_server, docker.io, to an image with a single '/'). The sharding balancer hashes this name,
    /// so it decides the home invoker.
    /// A job that names its own action (an Azure function) runs as that action under every policy.
    /// </summary>
    private string ActionName(JobRequest request)
    {
        if (request.Action is { } own)
        {
            return $"{request.Tenant}/{own}"; // a deployment of its own: never shares containers with another action
        }

        if (platform.Path.ActionPerFunction)
        {
            return $"{request.Tenant}/{request.Function}";
        }

        var client = platform.Parameters.Client;
        string image = platform.Parameters.Runtime.Image;
        if (image.Count(c => c == '/') == 1)
        {
            image = "docker.io/" + image;
        }

        string key = client.ApiKey.Length > 5 ? client.ApiKey[..5] : client.ApiKey;
        return $"{request.Tenant}/lithops_{key}/{image.Replace('/', '_').Replace(':', '_')}_{request.MemoryMb}MB_{client.LithopsVersion}";
    }

    private SimSpan Http => platform.Latencies.Http.Next();

    /// <summary>The job's tenant's invoke pool, looked up once per job: the name is an owner hash of 64 characters, hashed on every lookup.</summary>
    private TenantClient Tenant(JobRun job) => job.Tenant ??= Tenant(job.Request.Tenant);

    private TenantClient Tenant(string name)
    {
        if (!_tenants.TryGetValue(name, out var t))
        {
            t = new TenantClient(platform.Parameters.Client.InvokePoolThreads);
            _tenants[name] = t;
        }

        return t;
    }

    /// <summary>The job's upload is done: its monitor starts (its first poll is the job's next firing) and its calls go out.</summary>
    public void Submit(JobRun job)
    {
        job.SubmitStart = _sim.Now;
        _monitoring++;
        _sim.Schedule(SimSpan.FromSeconds(platform.Parameters.Client.MonitoringIntervalS), job); // fires Poll (JobRun.Fire)
        platform.Path.Submit(job, this);
    }

    /// <summary>Lithops' map(): one HTTP call per function through the invoke pool.</summary>
    public void SubmitCalls(JobRun job) => Pump(job);

    /// <summary>The burst fork's group call: one call carrying every input; the workers' activations are made as their packs launch.</summary>
    public void SubmitGroup(JobRun job)
    {
        var burst = new PendingBurst(job, job.Request.Functions, _sim.Now);
        job.NextCall = job.Request.Functions;
        _sim.Schedule(Http, () => platform.Route().InvokeBurst(burst));
    }

    /// <summary>A thread is free again: the jobs queued for a thread go first (oldest first), then the job that freed it.</summary>
    private void ThreadFreed(JobRun job)
    {
        var tenant = Tenant(job);
        tenant.FreeThreads++;
        while (tenant.FreeThreads > 0 && tenant.WaitingForThread.Count > 0)
        {
            var waiting = tenant.WaitingForThread.Dequeue();
            waiting.WaitingForThread = false;
            Pump(waiting);
        }

        Pump(job);
    }

    /// <summary>Starts calls while a token and a thread are free; calls leave one GIL slice apart.</summary>
    private void Pump(JobRun job)
    {
        var tenant = Tenant(job);
        while (job.Tokens > 0 && tenant.FreeThreads > 0 && (job.Retries.Count > 0 || job.NextCall < job.Request.Functions))
        {
            var a = job.Retries.Count > 0 ? job.Retries.Dequeue() : job.NextChunk();
            job.Tokens--;
            tenant.FreeThreads--;
            var leaves = SimTime.Max(_sim.Now, tenant.GilFreeAt);
            tenant.GilFreeAt = leaves + platform.Latencies.PerCallSubmit.Next();
            _sim.ScheduleAt(leaves, () =>
            {
                foreach (var call in a.Calls)
                {
                    call.HostSubmit = _sim.Now; // Lithops stamps each try as it is sent, every call of its payload alike
                }

                _sim.Schedule(Http, () => platform.Route().Invoke(a));
            });
        }

        bool hasCalls = job.Retries.Count > 0 || job.NextCall < job.Request.Functions;
        if (hasCalls && job.Tokens > 0 && tenant.FreeThreads == 0 && !job.WaitingForThread)
        {
            job.WaitingForThread = true;
            tenant.WaitingForThread.Enqueue(job);
        }
    }

    /// <summary>
    /// Lithops' storage monitor: list the status objects, download the new ones, then sleep the
    /// monitoring interval, or only the short busy interval if this listing found finished calls.
    /// Results are collected by wait(), whose passes run a fixed interval apart from submission.
    /// </summary>
    public void Poll(JobRun job)
    {
        var p = platform.Parameters.Client;
        bool found = job.Ended.Count > 0;
        if (found)
        {
            var statusDone = _sim.Now + platform.Latencies.StatusDownload.Next();
            long loop = SimSpan.FromSeconds(p.WaitLoopS).Ticks;
            long sinceSubmit = (statusDone - job.SubmitStart).Ticks;
            var resultDone = job.SubmitStart + new SimSpan(((sinceSubmit + loop - 1) / loop) * loop);
            int ended = job.Ended.Count;
            foreach (var a in job.Ended.Drain())
            {
                platform.Sink.Add(Record(a, job, statusDone, resultDone));
            }

            job.Reported += ended;
            int due = job.TokensDue;
            job.TokensDue = 0;
            platform.Reported += ended;
            if (platform.Path.ReturnsTokens)
            {
                job.Tokens += due; // the monitor returns a finished activation's max_workers token
            }

            Pump(job);
            platform.Retries.RoundMayEnd(job);
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
            throw new InvalidOperationException(StallReport(job));
        }

        double sleep = found ? p.MonitoringBusyIntervalS : p.MonitoringIntervalS;
        _sim.Schedule(SimSpan.FromSeconds(sleep), job); // fires Poll again
    }

    /// <summary>
    /// A stall is a model fault (the inputs were checked before the run): say where the job's unfinished
    /// functions are, so the report points at the component that lost them.
    /// </summary>
    private string StallReport(JobRun job)
    {
        var tenant = Tenant(job);
        int unsent = job.Request.Functions - job.NextCall + job.Retries.Count;
        int buffered = platform.Invokers.Sum(i => i.Pool.Buffered);
        return $"internal error: the simulation stalled at {_sim.Now} with nothing left to happen: job {job.Request.JobId} " +
               $"({job.Request.Tenant}/{job.Request.Function}) has {job.Request.Functions - job.Reported - job.Ended.Count} of {job.Request.Functions} functions unfinished; " +
               $"{unsent} not yet sent by the client ({job.Tokens} max_workers tokens, {tenant.FreeThreads} free threads, {job.Retries.Count} after HTTP 429), " +
               $"{platform.Bursts.Waiting} bursts waiting for CPUs, {buffered} requests buffered in invoker pools. This is a simulator bug: please report it with the scenario and seed.";
    }

    private ActivationRecord Record(Activation a, JobRun job, SimTime statusDone, SimTime resultDone)
    {
        return new ActivationRecord
        {
            FunctionId = a.FunctionId,
            JobId = job.Request.JobId,
            Tenant = job.Request.Tenant,
            Function = job.Request.Function,
            Invoker = a.Invoker?.Name ?? "(none)",
            Container = a.Container?.Name ?? "(none)",
            Attempt = a.Attempt,
            ColdStart = a.ColdStart,
            HostJobCreate = job.HostJobCreate,
            HostJobSerializeTime = job.SerializeTime,
            HostFuncUploadTime = job.FuncUploadTime,
            HostDataUploadTime = job.DataUploadTime,
            HostJobCreatedTime = job.CreatedTime,
            HostSubmit = a.HostSubmit,
            HostStatusDone = statusDone,
            HostStatusQueryCount = 1,
            HostResultDone = resultDone,
            WorkerStart = a.WorkerStart,
            WorkerFuncStart = a.FuncStart,
            WorkerFuncEnd = a.FuncEnd,
            WorkerEnd = a.WorkerEnd,
            QueueTime = a.QueueTime,
            ColdStartTime = a.ColdStartTime,
            ComputeTime = a.ComputeTime,
            CommTime = a.CommTime,
            SyncTime = a.SyncTime,
            PathOrigin = a.Job.Request.Phases.Count > 0 ? a.PathOrigin : null,
            PathComputeTime = a.PathCompute,
            PathCommTime = a.PathComm,
        };
    }
}
