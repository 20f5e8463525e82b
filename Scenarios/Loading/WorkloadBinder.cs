using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds a <c>workload:</c> by its <c>type</c>: sleep, montecarlo, fixed-work, arrivals (multi-tenant
/// Poisson or fixed-interval bursts), trace (CSV replay), azure (Azure Functions 2019 trace), the public traces
/// azure-2021, alibaba-fc and huawei (<see cref="PublicTraceBinder"/>) or phased (compute and exchange phases,
/// <see cref="PhasedBinder"/>).
/// Defaults stay in the workload records: a key not written is not passed.
/// </summary>
internal static class WorkloadBinder
{
    public static readonly IReadOnlyList<string> Types = ["sleep", "montecarlo", "fixed-work", "arrivals", "trace", "azure", "azure-2021", "alibaba-fc", "huawei", "phased"];

    public static IWorkload Bind(Field workload)
    {
        var map = workload.AsMap();
        string type = map.Require("type", $"one of {string.Join(", ", Types)}").AsChoice(Types);
        return type switch
        {
            "sleep" => Sleep(map),
            "montecarlo" => MonteCarlo(map),
            "fixed-work" => FixedWork(map),
            "arrivals" => ArrivalsBinder.Bind(map),
            "trace" => Trace(map),
            "phased" => PhasedBinder.Bind(map),
            "azure-2021" or "alibaba-fc" or "huawei" => PublicTraceBinder.Bind(map, type),
            _ => AzureBinder.Bind(map),
        };
    }

    private static SleepWorkload Sleep(FieldMap map)
    {
        map.AllowOnly(["type", "functions", "seconds"]);
        int n = Functions(map);
        return map.Get("seconds") is { } s ? new SleepWorkload(n, s.AsDouble(SimLimits.Duration)) : new SleepWorkload(n);
    }

    private static MonteCarloWorkload MonteCarlo(FieldMap map)
    {
        map.AllowOnly(["type", "functions", "points", "cpu_s_per_10m_points"]);
        var w = new MonteCarloWorkload(Functions(map));
        if (map.Get("points") is { } points)
        {
            w = w with { Points = points.AsLong(NumberRange.AtLeast(1)) };
        }

        if (map.Get("cpu_s_per_10m_points") is { } cpu)
        {
            w = w with { CpuSecondsPer10MPoints = cpu.AsDouble(NumberRange.NonNegative) };
        }

        return w;
    }

    private static FixedWorkWorkload FixedWork(FieldMap map)
    {
        map.AllowOnly(["type", "functions", "function", "tenant", "memory_mb", .. WorkFields.Keys]);
        var w = new FixedWorkWorkload(Functions(map), WorkFields.Read(map), MemoryMb: map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1)));
        if (map.Get("function") is { } f)
        {
            w = w with { Function = f.AsName() };
        }

        return map.Get("tenant") is { } t ? w with { Tenant = t.AsName() } : w;
    }

    private static TraceReplayWorkload Trace(FieldMap map)
    {
        map.AllowOnly(["type", "path"]);
        var pathField = map.Require("path", "a CSV with arrival_s, function, duration_s or cpu_s[, memory_mb, tenant, functions, storage_client]");
        string path = FileInput.Resolve(pathField);
        var rows = FileInput.Cached(pathField, "trace-stream", [path], () => TraceCsvReader.Open(() => new StreamReader(path), path));

        // A run of nothing has no makespan or startups to report: refuse it here, naming the file.
        return rows.Count > 0
            ? new TraceReplayWorkload(rows, path)
            : throw pathField.Error($"{path}: the trace has a header but no rows; add one line per invocation below the header (arrival_s,function,duration_s)");
    }

    public static int Functions(FieldMap map) => map.Require("functions").AsInt(NumberRange.AtLeast(1));
}
