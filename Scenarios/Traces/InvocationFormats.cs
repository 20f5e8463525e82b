using System.Globalization;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Traces;

/// <summary>The per-invocation formats burstsim replays, each read as its reader reads it (see that reader for the format's source).</summary>
internal static class InvocationFormats
{
    /// <summary>Azure Functions 2021 (<see cref="PublicTraceReaders.Azure2021"/>): a call arrives at end_timestamp - duration.</summary>
    public static InvocationFormat Azure2021 { get; } = new(
        "azure-2021",
        ["app", "func", "end_timestamp", "duration"],
        (open, source) => PublicTraceReaders.Azure2021(open, source, new ReplayOptions()),
        "end_timestamp",
        cell => FunctionKey.Join("/", cell("app"), cell("func")),
        cell => Number(cell("end_timestamp")) - Number(cell("duration")),
        cell => Number(cell("duration")),
        _ => null);

    /// <summary>Alibaba Function Compute cold starts (<see cref="PublicTraceReaders.AlibabaFc"/>): each function and memory size is an action.</summary>
    public static InvocationFormat AlibabaFc { get; } = new(
        "alibaba-fc",
        ["__time__", "functionName", "latency", "runtime", "memoryMB"],
        (open, source) => PublicTraceReaders.AlibabaFc(open, source, new ReplayOptions()),
        "__time__",
        // Unambiguous as it is: the memory after the last '/' is digits only.
        cell => string.Create(CultureInfo.InvariantCulture, $"{cell("functionName")}/{Whole(cell("memoryMB"))}MB"),
        cell => Number(cell("__time__")),
        _ => null,
        cell => Whole(cell("memoryMB")));

    /// <summary>Huawei Cloud 2025 cold starts (<see cref="PublicTraceReaders.HuaweiColdStarts"/>): funcName---userID---pool, memory from the pool.</summary>
    public static InvocationFormat HuaweiColdStarts { get; } = new(
        "huawei",
        ["time", "funcName", "userID", "podID", "totalCost_cold_start"],
        (open, source) => PublicTraceReaders.HuaweiColdStarts(open, source, new ReplayOptions()),
        "time",
        cell => FunctionKey.Join("---", cell("funcName"), cell("userID"), string.Join('-', cell("podID").Split('-')[..3])),
        cell => Number(cell("time")),
        _ => null,
        cell => Whole(cell("podID").Split('-')[2]));

    /// <summary>burstsim's own replay CSV (<see cref="TraceCsvReader"/>): tenant/function (tenant guest when none), duration_s else cpu_s.</summary>
    public static InvocationFormat Replay { get; } = new(
        "trace",
        ["arrival_s", "function"],
        TraceCsvReader.Open,
        "arrival_s",
        cell => FunctionKey.Join("/", cell("tenant") is { Length: > 0 } tenant ? tenant : "guest", cell("function")),
        cell => Number(cell("arrival_s")),
        cell => cell("duration_s") is { Length: > 0 } d ? Number(d) : cell("cpu_s") is { Length: > 0 } c ? Number(c) : null,
        cell => cell("memory_mb") is { Length: > 0 } m ? Whole(m) : null);

    /// <summary>Every per-invocation format, most specific signature first.</summary>
    public static IReadOnlyList<InvocationFormat> All { get; } = [Azure2021, AlibabaFc, HuaweiColdStarts, Replay];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Whole(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
