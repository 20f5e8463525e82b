namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Azure Functions Invocation Trace 2021 (Zhang et al., SOSP'21; github.com/Azure/AzurePublicDataset,
/// AzureFunctionsInvocationTraceForTwoWeeksJan2021): one row per invocation, <c>app, func, end_timestamp, duration</c>,
/// times in seconds. A call arrives at end_timestamp - duration and waits (or computes) duration; each app/func is an
/// action of its own; the app is the tenant. The trace gives no memory: calls take <see cref="ReplayOptions.MemoryMb"/>.
/// </summary>
internal sealed class AzureFunctions2021Format(ReplayOptions options) : ITraceRowFormat
{
    private int _app, _func, _end, _duration;

    public string ArrivalColumn => "end_timestamp";

    public void Bind(TraceTable table)
    {
        _app = table.Require("app");
        _func = table.Require("func");
        _end = table.Require("end_timestamp");
        _duration = table.Require("duration");
    }

    public TraceInvocation Read(TraceTable table)
    {
        string app = table.Text(_app), func = table.Text(_func);
        if (app.Length == 0 || func.Length == 0)
        {
            throw table.Bad(app.Length == 0 ? _app : _func, "an app and a function id are required");
        }

        double duration = table.Duration(_duration);
        double start = table.Double(_end, min: double.MinValue) - duration;
        return new TraceInvocation(start, app, func, 1, options.MemoryMb, options.Work(duration)) { Action = $"{app}/{func}" };
    }
}
