using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>type: phased</c>: <c>functions</c>, <c>phases</c> (each item either <c>cpu_s</c> for a compute phase, or
/// <c>pattern</c> with <c>mb</c> per function or <c>total_mb</c> over the job for an exchange), optional <c>repeat</c>,
/// <c>function</c> and <c>memory_mb</c>.
/// </summary>
internal static class PhasedBinder
{
    /// <summary>Pattern names as scenarios write them; shuffle is another name for all-to-all.</summary>
    public static readonly IReadOnlyList<string> Patterns = ["send", "broadcast", "gather", "all-to-all", "shuffle", "allreduce"];

    private static readonly string[] PhaseKeys = ["cpu_s", "pattern", "mb", "total_mb"];

    public static PhasedWorkload Bind(FieldMap map)
    {
        map.AllowOnly(["type", "functions", "phases", "repeat", "function", "memory_mb"]);
        int functions = WorkloadBinder.Functions(map);
        var items = map.Require("phases", "a list such as [{cpu_s: 2}, {pattern: all-to-all, total_mb: 1024}, {cpu_s: 2}]").AsList();
        if (items.Count == 0)
        {
            throw map.Get("phases")!.Error("list at least one phase: {cpu_s: ...} or {pattern: ..., mb: ...}");
        }

        var w = new PhasedWorkload(functions, [.. items.Select(item => Phase(item, functions))], MemoryMb: map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1)));
        if (map.Get("repeat") is { } repeat)
        {
            w = w with { Repeat = repeat.AsInt(NumberRange.Between(1, 100_000)) };
        }

        return map.Get("function") is { } f ? w with { Function = f.AsName() } : w;
    }

    private static WorkPhase Phase(Field item, int functions)
    {
        var map = item.AsMap();
        map.AllowOnly(PhaseKeys);
        map.AtMostOne("cpu_s", "pattern");
        if (map.Get("cpu_s") is { } cpu)
        {
            foreach (string key in new[] { "mb", "total_mb" })
            {
                if (map.Get(key) is { } extra)
                {
                    throw extra.Error("belongs to an exchange phase (with pattern); a compute phase has only cpu_s");
                }
            }

            return new ComputePhase(cpu.AsDouble(NumberRange.NonNegative));
        }

        var patternField = map.Get("pattern") ?? throw item.Error($"give cpu_s (a compute phase) or pattern (an exchange: {string.Join(", ", Patterns)})");
        var pattern = patternField.AsChoice(Patterns) switch
        {
            "send" => CommPattern.Send,
            "broadcast" => CommPattern.Broadcast,
            "gather" => CommPattern.Gather,
            "allreduce" => CommPattern.AllReduce,
            _ => CommPattern.AllToAll,
        };
        map.AtMostOne("mb", "total_mb");
        double mb = map.Get("mb")?.AsDouble(NumberRange.NonNegative)
                    ?? (map.Get("total_mb") is { } total ? total.AsDouble(NumberRange.NonNegative) / functions : throw item.Error("an exchange needs mb (per function) or total_mb (over the job)"));
        return new ExchangePhase(pattern, (long)Math.Round(mb * 1e6));
    }
}
