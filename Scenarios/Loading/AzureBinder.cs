using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>type: azure</c>: the three files of the Azure Functions 2019 trace (<c>invocations</c>,
/// <c>durations</c>, <c>memory</c>, which days 13 and 14 lack: then every app takes <c>memory_mb</c>, default the
/// runtime's memory), a window (<c>start_minute</c>, <c>minutes</c>), <c>max_functions</c>,
/// <c>spread</c> (uniform or even) and <c>duration_as</c> (wait or cpu).
/// </summary>
internal static class AzureBinder
{
    public static AzureTraceWorkload Bind(FieldMap map)
    {
        map.AllowOnly(["type", "invocations", "durations", "memory", "start_minute", "minutes", "max_functions", "spread", "duration_as", "memory_mb"]);
        var invocationsField = map.Require("invocations", "invocations_per_function_md.anon.dNN.csv");
        string invocations = FileInput.Resolve(invocationsField);
        var durationsField = map.Require("durations", "function_durations_percentiles.anon.dNN.csv");
        string durations = FileInput.Resolve(durationsField);
        var memoryField = map.Get("memory");
        string? memory = memoryField is null ? null : FileInput.Resolve(memoryField);
        int? memoryMb = map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1));

        int start = map.Get("start_minute")?.AsInt(NumberRange.Between(0, AzureTraceReader.MinutesPerDay - 1)) ?? 0;
        var minutesField = map.Get("minutes");
        int minutes = minutesField?.AsInt(NumberRange.AtLeast(1)) ?? AzureTraceReader.MinutesPerDay - start;
        if (start + minutes > AzureTraceReader.MinutesPerDay)
        {
            throw minutesField!.Error($"contradicts start_minute {start}: the window must end by minute {AzureTraceReader.MinutesPerDay} (at most {AzureTraceReader.MinutesPerDay - start} minutes)");
        }

        int? maxFunctions = map.Get("max_functions")?.AsInt(NumberRange.AtLeast(1));
        var spread = map.Get("spread")?.AsChoice(["uniform", "even"]) == "even" ? ArrivalSpread.Even : ArrivalSpread.Uniform;
        var durationAs = map.Get("duration_as")?.AsChoice(["wait", "cpu"]) == "cpu" ? DurationKind.Cpu : DurationKind.Wait;

        string key = $"{start}:{minutes}:{maxFunctions}";
        var trace = FileInput.Cached(invocationsField, key, memory is null ? [invocations, durations] : [invocations, durations, memory], () =>
        {
            using var i = new StreamReader(invocations);
            using var d = new StreamReader(durations);
            using var m = memory is null ? null : new StreamReader(memory);
            return AzureTraceReader.ReadDay((i, invocations), (d, durations), m is null ? null : (m, memory!), start, minutes, maxFunctions);
        }, [invocationsField, durationsField, memoryField]);
        if (trace.Invocations == 0)
        {
            // A window without invocations would run nothing: say why here, before any run starts.
            throw (minutesField ?? invocationsField).Error(
                $"{invocations} has no invocations in minutes {start}-{start + minutes}{(trace.SkippedWithoutDurations > 0 ? $" of functions with durations ({trace.SkippedWithoutDurations} functions lack them)" : string.Empty)}; choose another start_minute or a longer window");
        }

        return new AzureTraceWorkload(trace, spread, durationAs, Path.GetFileName(invocations)) { MemoryMb = memoryMb };
    }
}
