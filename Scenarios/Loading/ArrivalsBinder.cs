using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>type: arrivals</c>: <c>jobs</c> bursts arriving by <c>process: poisson</c> (with
/// <c>mean_interarrival_s</c>) or <c>process: fixed-interval</c> (with <c>interval_s</c>), from the
/// <c>tenants</c> listed with their weights and job shapes.
/// </summary>
internal static class ArrivalsBinder
{
    private static readonly string[] TenantKeys = ["name", "weight", "function", "functions", "memory_mb", .. WorkFields.Keys];

    public static BurstArrivalsWorkload Bind(FieldMap map)
    {
        map.AllowOnly(["type", "process", "mean_interarrival_s", "interval_s", "jobs", "start_s", "tenants"]);
        var process = map.Require("process", "poisson or fixed-interval").AsChoice(["poisson", "fixed-interval"]) == "poisson"
            ? ArrivalProcess.Poisson
            : ArrivalProcess.FixedInterval;
        string gapKey = process == ArrivalProcess.Poisson ? "mean_interarrival_s" : "interval_s";
        string otherKey = process == ArrivalProcess.Poisson ? "interval_s" : "mean_interarrival_s";
        if (map.Get(otherKey) is { } wrong)
        {
            throw wrong.Error($"contradicts process {(process == ArrivalProcess.Poisson ? "poisson" : "fixed-interval")}: use {gapKey}");
        }

        double gap = map.Require(gapKey).AsDouble(SimLimits.Period);
        // Every job is drawn up front (about 200 B each): 10 million jobs is 2 GB before the first event.
        int jobs = map.Require("jobs").AsInt(NumberRange.Between(1, 10_000_000));
        var tenantsField = map.Require("tenants", "a list of {name, weight, function, functions, cpu_s, wait_s, ...}");
        var tenants = tenantsField.AsList().Select((t, i) => Tenant(t, i)).ToArray();
        if (tenants.Length == 0)
        {
            throw tenantsField.Error("at least one tenant is required");
        }

        var duplicate = tenants.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw tenantsField.Error($"the tenant '{duplicate.Key}' is listed twice");
        }

        var w = new BurstArrivalsWorkload(process, gap, jobs, tenants);
        return map.Get("start_s") is { } start ? w with { StartS = start.AsDouble(SimLimits.Duration) } : w;
    }

    private static TenantLoad Tenant(Field field, int index)
    {
        var map = field.AsMap();
        map.AllowOnly(TenantKeys);
        string name = map.Require("name").AsName();
        return new TenantLoad(
            name,
            map.Get("weight")?.AsDouble(NumberRange.Positive) ?? 1.0,
            map.Get("function")?.AsName() ?? $"{name}-fn",
            WorkloadBinder.Functions(map),
            WorkFields.Read(map),
            map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1)));
    }
}
