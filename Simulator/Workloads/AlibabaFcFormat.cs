using System.Globalization;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Alibaba Cloud Function Compute cold-start trace (Wang et al., FaaSNet, USENIX ATC'21; github.com/ds2-lab/FaaSNet,
/// trace/trace_readme.md): one row per cold start, <c>__time__</c> (timestamp, s), <c>functionName</c>, <c>latency</c>
/// (the platform's cold-start latency, s), <c>runtime</c> and <c>memoryMB</c>. Each row is replayed as a call of that
/// function with its memory; the trace has no run time, so a call runs <see cref="ReplayOptions.Seconds"/>. The
/// recorded latency is checked (a number, not negative, at most the 1e8 s burstsim simulates) but not replayed: cold starts are what burstsim simulates.
/// </summary>
internal sealed class AlibabaFcFormat(ReplayOptions options) : ITraceRowFormat
{
    private int _time, _function, _latency, _runtime, _memory;

    public string ArrivalColumn => "__time__";

    public void Bind(TraceTable table)
    {
        _time = table.Require("__time__");
        _function = table.Require("functionName");
        _latency = table.Require("latency");
        _runtime = table.Require("runtime");
        _memory = table.Require("memoryMB");
    }

    public TraceInvocation Read(TraceTable table)
    {
        string function = table.Text(_function);
        if (function.Length == 0)
        {
            throw table.Bad(_function, "a function name is required");
        }

        double at = table.Double(_time);
        table.Duration(_latency);
        _ = table.Text(_runtime);
        int memory = table.Int(_memory, min: 1);
        return new TraceInvocation(at, "alibaba", function, 1, memory, options.Work(options.Seconds)) { Action = string.Create(CultureInfo.InvariantCulture, $"{function}/{memory}MB") };
    }
}
