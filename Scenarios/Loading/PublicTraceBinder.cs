using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds the public traces read in their published formats: <c>type: azure-2021</c> (<c>path</c>), <c>alibaba-fc</c>
/// (<c>path</c>) and <c>huawei</c> (<c>requests</c> with an optional <c>function_delay</c>, the 2023 per-minute tables;
/// or <c>cold_starts</c>, the 2025 cold-start table), each with <c>memory_mb</c> (memory where the trace gives none;
/// default the runtime's), <c>seconds</c> (run time where it gives none, default 1) and <c>duration_as</c> (wait or cpu).
/// A bad cell is bad input naming the file, line and column.
/// </summary>
internal static class PublicTraceBinder
{
    public static IWorkload Bind(FieldMap map, string type)
    {
        string[] common = ["type", "memory_mb", "seconds", "duration_as"];
        map.AllowOnly(type == "huawei" ? [.. common, "requests", "function_delay", "cold_starts", "spread"] : [.. common, "path"]);
        var options = new ReplayOptions(
            map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1)),
            map.Get("seconds")?.AsDouble(SimLimits.Duration) ?? ReplayOptions.DefaultSeconds,
            map.Get("duration_as")?.AsChoice(["wait", "cpu"]) == "cpu" ? DurationKind.Cpu : DurationKind.Wait);
        string key = $"{type}:{options}";
        if (type == "huawei")
        {
            return Huawei(map, options, key);
        }

        var pathField = map.Require("path", type == "azure-2021" ? "the AzureFunctionsInvocationTraceForTwoWeeksJan2021 CSV (app,func,end_timestamp,duration)" : "the FaaSNet cold-start CSV (__time__,functionName,latency,runtime,memoryMB)");
        string path = FileInput.Resolve(pathField);
        var rows = FileInput.Cached(pathField, key, [path], () => type == "azure-2021"
            ? PublicTraceReaders.Azure2021(() => new StreamReader(path), path, options)
            : PublicTraceReaders.AlibabaFc(() => new StreamReader(path), path, options));
        return rows.Count > 0 ? new TraceReplayWorkload(rows, path) : throw pathField.Error($"{path}: the trace has a header but no rows");
    }

    private static IWorkload Huawei(FieldMap map, ReplayOptions options, string key)
    {
        if (map.Get("cold_starts") is { } coldField)
        {
            if (map.Get("requests") is { } both)
            {
                throw both.Error("give either requests (the 2023 per-minute tables) or cold_starts (the 2025 cold-start table), not both");
            }

            string cold = FileInput.Resolve(coldField);
            var rows = FileInput.Cached(coldField, key, [cold], () => PublicTraceReaders.HuaweiColdStarts(() => new StreamReader(cold), cold, options));
            return rows.Count > 0 ? new TraceReplayWorkload(rows, cold) : throw coldField.Error($"{cold}: the table has a header but no rows");
        }

        var requestsField = map.Require("requests", "requests_minute/day_NN.csv (2023) or cold_starts: a 2025 cold-start table");
        string requests = FileInput.Resolve(requestsField);
        var delayField = map.Get("function_delay");
        string? delays = delayField is null ? null : FileInput.Resolve(delayField);
        var spread = map.Get("spread")?.AsChoice(["uniform", "even"]) == "even" ? ArrivalSpread.Even : ArrivalSpread.Uniform;
        var workload = FileInput.Cached(requestsField, $"{key}:{spread}:{delays}", delays is null ? [requests] : [requests, delays], () =>
        {
            var w = new HuaweiRequestsWorkload(() => new StreamReader(requests), requests, delays is null ? null : () => new StreamReader(delays), delays ?? string.Empty, options, spread);
            _ = w.Calls; // reads and checks both tables now, so a bad cell is bad input here
            return w;
        }, [requestsField, delayField]);
        return workload.Calls > 0 ? workload : throw requestsField.Error($"{requests}: the table has no requests");
    }
}
