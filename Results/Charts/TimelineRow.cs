namespace Burstsim.Results.Charts;

/// <summary>
/// One function on a timeline, times in seconds on one clock (burstsim: from the simulation epoch):
/// submitted at <paramref name="Submit"/> (host_submit), running from <paramref name="Start"/>
/// (worker_func_start) to <paramref name="End"/> (worker_func_end) on invoker number
/// <paramref name="InvokerIndex"/>. The Lithops times below are optional (NaN when unknown): with
/// them the timeline shades the worker's start-up and the Lithops-style pair can be drawn.
/// A value type because timelines hold up to millions of rows.
/// </summary>
public readonly record struct TimelineRow(int FunctionId, double Submit, double Start, double End, int InvokerIndex, string InvokerName)
{
    /// <summary>host_job_create (s): the origin of Lithops' own plots.</summary>
    public double JobCreate { get; init; } = double.NaN;

    /// <summary>worker_start (s): the Lithops worker is up; from here to <see cref="Start"/> it sets up the call.</summary>
    public double WorkerStart { get; init; } = double.NaN;

    /// <summary>worker_end (s): the result is uploaded and the worker is done.</summary>
    public double WorkerEnd { get; init; } = double.NaN;

    /// <summary>host_status_done (s): the client saw the call finish.</summary>
    public double StatusDone { get; init; } = double.NaN;

    /// <summary>host_result_done (s): the client holds the result.</summary>
    public double ResultDone { get; init; } = double.NaN;
}
