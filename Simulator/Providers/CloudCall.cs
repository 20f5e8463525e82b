using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>One function call on a provider, from the client's send to its worker's end.</summary>
internal sealed class CloudCall(CloudJob job, int functionId, FunctionWork work)
{
    public CloudJob Job { get; } = job;
    public int FunctionId { get; } = functionId;
    public FunctionWork Work { get; } = work;

    /// <summary>host_submit: when the client thread sent it.</summary>
    public SimTime HostSubmit { get; set; }

    /// <summary>When the provider accepted it (Lambda's 202, Pub/Sub's publish).</summary>
    public SimTime Accepted { get; set; }

    /// <summary>When an environment took it.</summary>
    public SimTime Assigned { get; set; }

    /// <summary>When its environment was ready to run the handler (Assigned for a warm one).</summary>
    public SimTime Ready { get; set; }

    public SimTime WorkerStart { get; set; }
    public SimTime FuncStart { get; set; }
    public SimTime FuncEnd { get; set; }
    public SimTime WorkerEnd { get; set; }

    public ExecutionEnvironment? Environment { get; set; }
    public bool Cold { get; set; }

    /// <summary>Init time billed with it (Lambda on-demand bills the INIT phase; Cloud Run bills instance start-up).</summary>
    public SimSpan InitTime { get; set; }

    /// <summary>Lithops' remote invoker: a call that carries the job and sends its calls from inside the cloud; it has no activation record.</summary>
    public bool IsRemoteInvoker { get; init; }

    /// <summary>The remote invoker has sent what it could and returned.</summary>
    public bool Returned { get; set; }

    /// <summary>Times the provider could not place it yet (Lambda throttles, Pub/Sub push failures).</summary>
    public int Throttles { get; set; }
}
