using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>One Lithops map() on a provider: its creation times, the calls not yet sent, max_workers tokens and the finished calls the monitor has not yet seen.</summary>
internal sealed class CloudJob(JobRequest request, SimTime created, int tokens)
{
    public JobRequest Request { get; } = request;

    /// <summary>host_job_create.</summary>
    public SimTime HostJobCreate { get; } = created;

    public SimSpan SerializeTime { get; set; }
    public SimSpan FuncUploadTime { get; set; }
    public SimSpan DataUploadTime { get; set; }
    public SimSpan CreatedTime { get; set; }

    /// <summary>When submission began (the monitor's clock for wait()'s passes).</summary>
    public SimTime SubmitStart { get; set; }

    /// <summary>Calls sent straight through the invoke pool (the free max_workers at submission); the rest go through the async invokers.</summary>
    public int DirectCalls { get; set; }

    /// <summary>Who sends its calls: the client's invoker, or a remote invoker's once it started.</summary>
    public CallSender? Sender { get; set; }

    /// <summary>The next call id to send.</summary>
    public int NextCall { get; set; }

    /// <summary>Lithops max_workers tokens left (a finished call's token comes back when the monitor sees it).</summary>
    public int Tokens { get; set; } = tokens;

    /// <summary>Calls whose worker ended and that the monitor has not listed yet.</summary>
    public List<CloudCall> Ended { get; } = [];

    public int Reported { get; set; }

    public bool Complete => Reported == Request.Functions;
}
