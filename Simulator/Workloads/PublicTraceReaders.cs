namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Opens the public per-invocation traces the field replays, each in its published format, checked at once (a bad
/// cell names the file, line and column) and streamed when replayed (<see cref="TraceRowStream"/>). Times run from the
/// trace's earliest arrival.
/// </summary>
public static class PublicTraceReaders
{
    /// <summary>Azure Functions Invocation Trace 2021: <c>app, func, end_timestamp, duration</c> (see AzureFunctions2021Format).</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell.</exception>
    public static TraceRowStream Azure2021(Func<TextReader> open, string source, ReplayOptions options) =>
        TraceRowStream.Open(open, source, new AzureFunctions2021Format(options), fromFirstArrival: true);

    /// <summary>Alibaba Function Compute cold starts (FaaSNet, ATC'21): <c>__time__, functionName, latency, runtime, memoryMB</c>.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell.</exception>
    public static TraceRowStream AlibabaFc(Func<TextReader> open, string source, ReplayOptions options) =>
        TraceRowStream.Open(open, source, new AlibabaFcFormat(options), fromFirstArrival: true);

    /// <summary>Huawei Public Cloud cold starts 2025: <c>time, funcName, userID, podID</c> and the cold-start cost components.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell.</exception>
    public static TraceRowStream HuaweiColdStarts(Func<TextReader> open, string source, ReplayOptions options) =>
        TraceRowStream.Open(open, source, new HuaweiColdStartFormat(options), fromFirstArrival: true);
}
