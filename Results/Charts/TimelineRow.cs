namespace Burstsim.Results.Charts;

/// <summary>
/// One function on a timeline, times in seconds on one clock (burstsim: from the simulation epoch):
/// submitted at <paramref name="Submit"/> (host_submit), running from <paramref name="Start"/>
/// (worker_func_start) to <paramref name="End"/> (worker_func_end) on invoker number
/// <paramref name="InvokerIndex"/>. The Lithops times are optional (NaN when unknown): with them
/// the timeline shades the worker's start-up and the Lithops-style pair can be drawn.
/// A value type because timelines hold up to millions of rows.
/// </summary>
/// <param name="JobCreate">host_job_create (s): the origin of Lithops' own plots.</param>
/// <param name="WorkerStart">worker_start (s): the Lithops worker is up; from here to Start it sets up the call.</param>
/// <param name="WorkerEnd">worker_end (s): the result is uploaded and the worker is done.</param>
/// <param name="StatusDone">host_status_done (s): the client saw the call finish.</param>
/// <param name="ResultDone">host_result_done (s): the client holds the result.</param>
/// <param name="Lost">A fault lost this attempt (it ran, or waited, until End); drawn grey, its re-run is another row.</param>
public readonly record struct TimelineRow(int FunctionId, double Submit, double Start, double End, int InvokerIndex, string InvokerName,
    double JobCreate = double.NaN, double WorkerStart = double.NaN, double WorkerEnd = double.NaN, double StatusDone = double.NaN, double ResultDone = double.NaN, bool Lost = false);
