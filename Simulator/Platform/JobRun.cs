using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The client's state for one map or burst call. It is also the job monitor's own event (<see cref="ISimEvent"/>):
/// the submission after the upload, then each status poll, is scheduled as the job itself, so the monitor allocates
/// no closure per poll (a trace replay makes one job per call and polls it 2.2 times on average).
/// </summary>
internal sealed class JobRun(JobRequest request, SimTime created) : ISimEvent
{
    private bool _submitted;

    /// <summary>The client whose monitor this job's events run through; set when the client makes the job.</summary>
    public LithopsClient? Client { get; init; }

    /// <summary>The first firing submits the job (its upload is done); every later one is a status poll.</summary>
    /// <exception cref="InvalidOperationException">The job was scheduled without a client (a simulator bug).</exception>
    public void Fire()
    {
        var client = Client ?? throw new InvalidOperationException($"internal error: job {Request.JobId} was scheduled without a client");
        if (!_submitted)
        {
            _submitted = true;
            client.Submit(this);
        }
        else
        {
            client.Poll(this);
        }
    }

    public JobRequest Request { get; } = request;
    public SimTime HostJobCreate { get; } = created;
    public SimSpan CreatedTime { get; set; }

    /// <summary>This job's draws of host_job_serialize_time, host_func_upload_time and host_data_upload_time.</summary>
    public SimSpan SerializeTime { get; set; }
    public SimSpan FuncUploadTime { get; set; }
    public SimSpan DataUploadTime { get; set; }

    /// <summary>When the client began submitting (job created); wait() passes are timed from here.</summary>
    public SimTime SubmitStart { get; set; }
    /// <summary>
    /// The OpenWhisk action. Lithops deploys one action per runtime (image and memory) and runs every user
    /// function through it, so all maps of a runtime share a home invoker. FaaSBatch groups by the function itself.
    /// Workloads whose functions are separate deployments (the Azure trace) name their own action.
    /// </summary>
    public string FullyQualifiedAction { get; init; } = string.Empty;

    /// <summary>The runtime that runs this job's workers (their steps fire through it).</summary>
    public LithopsRuntime? Runtime { get; init; }

    /// <summary>Next function id not yet turned into a call (calls are created lazily so max_workers bounds memory too).</summary>
    public int NextCall { get; set; }

    /// <summary>Calls that got HTTP 429 and slept: they go before new ones.</summary>
    public Queue<Activation> Retries { get; } = new();

    /// <summary>max_workers tokens left.</summary>
    public int Tokens { get; set; }

    /// <summary>Workers ended since the last status poll.</summary>
    public EndedCalls Ended { get; } = new();

    public int Reported { get; set; }

    /// <summary>Its tenant's invoke pool, once the client has looked it up (the client keeps one per tenant).</summary>
    public TenantClient? Tenant { get; set; }

    /// <summary>The job is in its tenant's queue of jobs waiting for a thread.</summary>
    public bool WaitingForThread { get; set; }

    public bool Rejected { get; set; }

    public bool Complete => Rejected || Reported + Failed == Request.Functions;

    public Activation NewActivation(int functionId) => new(this, functionId);

    /// <summary>Calls per activation (map chunksize) for calls sent one by one; 1 when each call is its own activation.</summary>
    public int Chunksize { get; init; } = 1;

    /// <summary>Processes that run a chunk's calls in its container (the backend's worker_processes).</summary>
    public int WorkerProcesses { get; init; } = 1;

    /// <summary>
    /// The next activation to send: the call <see cref="NextCall"/> alone, or with the next calls of its chunk
    /// (iterchunks over the call ids: the last chunk may be short). Advances <see cref="NextCall"/> past them.
    /// </summary>
    public Activation NextChunk()
    {
        int first = NextCall;
        int size = Math.Min(Chunksize, Request.Functions - first);
        NextCall += size;
        var lead = NewActivation(first);
        if (size > 1)
        {
            var calls = new Activation[size];
            calls[0] = lead;
            for (int k = 1; k < size; k++)
            {
                calls[k] = NewActivation(first + k);
            }

            var chunk = new CallChunk(calls, WorkerProcesses);
            foreach (var call in calls)
            {
                call.Chunk = chunk;
            }
        }

        return lead;
    }

    /// <summary>max_workers tokens earned by calls ended since the last poll (one per chunk whose calls have all ended); the poll hands them back.</summary>
    public int TokensDue { get; set; }

    /// <summary>The next attempt of a lost one: same function and work, the next attempt number.</summary>
    public Activation NextAttempt(Activation lost) => new(this, lost.FunctionId, lost.Attempt + 1);

    /// <summary>Functions that ended for good as failed (retries used up, or a failed burst's lost workers).</summary>
    public int Failed { get; set; }

    /// <summary>Lost attempts detected by the client and waiting for the end of the current wait() round to be retried or given up.</summary>
    public List<Activation> AwaitingRetry { get; } = [];
}
