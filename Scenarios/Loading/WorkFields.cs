using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>The body of a function as scenarios write it: <c>cpu_s</c>, <c>wait_s</c>, <c>storage_client</c>.</summary>
internal static class WorkFields
{
    public static readonly IReadOnlyList<string> Keys = ["cpu_s", "wait_s", "storage_client"];

    public static FunctionWork Read(FieldMap map) => new(
        map.Get("cpu_s")?.AsDouble(SimLimits.Duration) ?? 0,
        map.Get("wait_s")?.AsDouble(SimLimits.Duration) ?? 0,
        map.Get("storage_client")?.AsBool() ?? false);
}
