using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// The Lithops client on a FaaS backend (lithops invokers.py FaaSInvoker): the job is created and uploaded, then
/// the first max_workers calls go straight to a pool of invoke_pool_threads threads, each thread blocking on one
/// invoke request (Lambda's Invoke with InvocationType Event; Cloud Functions' Pub/Sub publish) while the GIL lets
/// one call's request be built at a time; later calls wait for tokens the job monitor returns as calls finish. The
/// monitor lists the status objects in storage every monitoring interval (0.5 s after a listing that found some).
/// </summary>
internal sealed class CloudClient
{
    private readonly CloudRun _run;
    private readonly ClientParameters _p;
    private readonly LatencyStream _serialize;
    private readonly LatencyStream _funcUpload;
    private readonly LatencyStream _dataUpload;
    private readonly LatencyStream _perCall;
    private readonly LatencyStream _statusDownload;
    private readonly Queue<CloudJob> _waitingForThread = new();
    private int _freeThreads;
    private SimTime _gilFreeAt;

    public CloudClient(CloudRun run, PlatformParameters parameters)
    {
        _run = run;
        _p = parameters.Client;
        _serialize = run.Open("client.job_serialize_s", _p.JobSerializeS);
        _funcUpload = run.Open("client.func_upload_s", _p.FuncUploadS);
        _dataUpload = run.Open("client.data_upload_s", _p.DataUploadS);
        _perCall = run.Open("client.per_call_submit_s", _p.PerCallSubmitS);
        _statusDownload = run.Open("client.status_download_s", _p.StatusDownloadS);
        _freeThreads = run.Service.InvokePoolThreads;
    }

    public int JobsComplete { get; private set; }

    public int Reported { get; private set; }

    public void StartJob(JobRequest request)
    {
        var sim = _run.Sim;
        var job = new CloudJob(request, sim.Now, _run.Service.MaxWorkers)
        {
            SerializeTime = _serialize.Next(),
            FuncUploadTime = _funcUpload.Next(),
            DataUploadTime = _dataUpload.Next(),
        };
        job.CreatedTime = job.SerializeTime + job.FuncUploadTime + job.DataUploadTime;
        sim.Schedule(job.CreatedTime, () => Submit(job));
    }

    private void Submit(CloudJob job)
    {
        job.SubmitStart = _run.Sim.Now;
        _run.Sim.Schedule(SimSpan.FromSeconds(_p.MonitoringIntervalS), () => Poll(job));
        Pump(job);
    }

    /// <summary>Sends calls while the job has a max_workers token and a thread is free; one call's request is built at a time (the GIL).</summary>
    private void Pump(CloudJob job)
    {
        var sim = _run.Sim;
        while (job.Tokens > 0 && _freeThreads > 0 && job.NextCall < job.Request.Functions)
        {
            int id = job.NextCall++;
            var call = new CloudCall(job, id, job.Request.Work(id));
            job.Tokens--;
            _freeThreads--;
            var leaves = SimTime.Max(sim.Now, _gilFreeAt);
            _gilFreeAt = leaves + _perCall.Next();
            sim.ScheduleAt(leaves, () =>
            {
                call.HostSubmit = sim.Now;
                sim.Schedule(_run.Service.ClientRequest(), () =>
                {
                    call.Accepted = sim.Now;
                    _run.Service.Accept(call);
                    ThreadFreed(job);
                });
            });
        }

        if (job.NextCall < job.Request.Functions && job.Tokens > 0 && _freeThreads == 0 && !_waitingForThread.Contains(job))
        {
            _waitingForThread.Enqueue(job);
        }
    }

    private void ThreadFreed(CloudJob job)
    {
        _freeThreads++;
        while (_freeThreads > 0 && _waitingForThread.Count > 0)
        {
            Pump(_waitingForThread.Dequeue());
        }

        Pump(job);
    }

    public void WorkerEnded(CloudCall call) => call.Job.Ended.Add(call);

    /// <summary>Lithops' storage monitor, as on OpenWhisk (LithopsClient.Poll): list, download the new statuses, return their tokens.</summary>
    private void Poll(CloudJob job)
    {
        var sim = _run.Sim;
        bool found = job.Ended.Count > 0;
        if (found)
        {
            var statusDone = sim.Now + _statusDownload.Next();
            long loop = SimSpan.FromSeconds(_p.WaitLoopS).Ticks;
            long sinceSubmit = (statusDone - job.SubmitStart).Ticks;
            var resultDone = job.SubmitStart + new SimSpan(((sinceSubmit + loop - 1) / loop) * loop);
            foreach (var call in job.Ended)
            {
                _run.Sink.Add(_run.Record(call, statusDone, resultDone));
            }

            job.Reported += job.Ended.Count;
            Reported += job.Ended.Count;
            job.Tokens += job.Ended.Count;
            job.Ended.Clear();
            Pump(job);
        }

        if (job.Complete)
        {
            JobsComplete++;
            return;
        }

        sim.Schedule(SimSpan.FromSeconds(found ? _p.MonitoringBusyIntervalS : _p.MonitoringIntervalS), () => Poll(job));
    }
}
