namespace Burstsim.Simulator.Workloads;

/// <summary>One row of a replayed trace: at <paramref name="ArrivalS"/> a tenant calls a function (a job of <paramref name="Functions"/> functions).</summary>
/// <param name="ArrivalS">Arrival in seconds from the trace's start.</param>
/// <param name="Tenant">Namespace.</param>
/// <param name="Function">Function (action) name.</param>
/// <param name="Functions">Functions in the job: 1 for a single invocation, more for a map or burst.</param>
/// <param name="MemoryMb">Memory per function; null for the runtime default.</param>
/// <param name="Work">What each function does.</param>
public sealed record TraceInvocation(double ArrivalS, string Tenant, string Function, int Functions, int? MemoryMb, FunctionWork Work)
{
    /// <summary>The OpenWhisk action when the function is a deployment of its own (an Azure or Alibaba function); null runs it through the Lithops runtime's action.</summary>
    public string? Action { get; init; }
}
