using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// The Lithops client on a FaaS backend (lithops invokers.py FaaSInvoker): the job is created and uploaded, then its
/// calls are sent by a <see cref="CallSender"/> (invoke requests are Lambda's Invoke with InvocationType Event, or
/// Cloud Functions' Pub/Sub publish), from the client or, with remote_invoker, from a function started by one call.
/// The job monitor lists the status objects in storage every monitoring interval (0.5 s after a listing that found
/// some) and returns a finished call's max_workers token.
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
    private readonly CallSender _local;

    public CloudClient(CloudRun run, PlatformParameters parameters)
    {
        _run = run;
        _p = parameters.Client;
        _serialize = run.Open("client.job_serialize_s", _p.JobSerializeS);
        _funcUpload = run.Open("client.func_upload_s", _p.FuncUploadS);
        _dataUpload = run.Open("client.data_upload_s", _p.DataUploadS);
        _perCall = run.Open("client.per_call_submit_s", _p.PerCallSubmitS);
        _statusDownload = run.Open("client.status_download_s", _p.StatusDownloadS);
        _local = new CallSender(run, _perCall);
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
        job.DirectCalls = Math.Min(job.Request.Functions, job.Tokens); // the calls the free workers take at once
        _run.Sim.Schedule(SimSpan.FromSeconds(_p.MonitoringIntervalS), () => Poll(job));
        if (!_run.Provider.RemoteInvoker)
        {
            job.Sender = _local;
            _local.Pump(job);
            return;
        }

        // Lithops remote_invoker: one call carries the job to a function that sends the calls from inside the cloud.
        var invoker = new CloudCall(job, -1, default) { IsRemoteInvoker = true };
        var sim = _run.Sim;
        sim.Schedule(_perCall.Next(), () =>
        {
            invoker.HostSubmit = sim.Now;
            sim.Schedule(_run.Service.ClientRequest(), () =>
            {
                invoker.Accepted = sim.Now;
                _run.Service.Accept(invoker);
            });
        });
    }

    /// <summary>The remote invoker's function started: it sends the job's calls with its own invoker, then returns once every call it could send is answered.</summary>
    public void RemoteInvokerStarted(CloudCall invoker)
    {
        var job = invoker.Job;
        job.Sender = new CallSender(_run, _perCall)
        {
            Idle = j =>
            {
                if (j.NextCall >= j.DirectCalls && !invoker.Returned)
                {
                    invoker.Returned = true;
                    _run.RemoteInvokerReturned(invoker);
                }
            },
        };
        job.Sender.Pump(job);
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
            job.Sender?.Pump(job);
        }

        if (job.Complete)
        {
            JobsComplete++;
            return;
        }

        sim.Schedule(SimSpan.FromSeconds(found ? _p.MonitoringBusyIntervalS : _p.MonitoringIntervalS), () => Poll(job));
    }
}
