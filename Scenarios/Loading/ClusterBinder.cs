using System.Globalization;
using System.Text.RegularExpressions;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Binds <c>cluster:</c> — a preset (<c>thesis</c>, <c>paper</c>, <c>NxC</c>), <c>count</c> + <c>cpus</c>, or a
/// list of <c>invokers</c> — with optional <c>memory_mb</c> (userMemory per invoker) and <c>addresses</c>.
/// </summary>
internal static partial class ClusterBinder
{
    public static readonly IReadOnlyList<string> Presets = ["thesis", "paper", "NxC (e.g. 20x48)"];

    private static readonly string[] Keys = ["preset", "count", "cpus", "memory_mb", "addresses", "invokers"];

    /// <summary>At most 999 999 invokers, as the NxC preset allows: each costs memory before any run (about 4 KB, MemoryEstimate).</summary>
    private static readonly NumberRange MaxInvokers = NumberRange.Between(1, 999_999);
    private static readonly string[] InvokerKeys = ["name", "cpus", "memory_mb", "addresses"];
    private static readonly string[] AddressKeys = ["ready", "block", "attach_s", "monitor_s", "warm_blocks"];

    public static ClusterSpec Bind(Field cluster)
    {
        if (cluster.IsScalar)
        {
            return Preset(cluster);
        }

        var map = cluster.AsMap();
        map.AllowOnly(Keys);
        map.AtMostOne("preset", "invokers", "count");
        map.AtMostOne("preset", "invokers", "cpus");
        int? memory = map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1));
        (NetworkAddressPool? Pool, bool Given)? addresses = map.Get("addresses") is { } a ? Addresses(a) : null;

        ClusterSpec spec;
        if (map.Get("preset") is { } preset)
        {
            spec = Preset(preset);
        }
        else if (map.Get("invokers") is { } invokers)
        {
            var items = invokers.AsList();
            if (items.Count == 0)
            {
                throw invokers.Error("a cluster needs at least one invoker");
            }

            spec = new ClusterSpec([.. items.Select((item, i) => Invoker(item, i, memory, addresses))]);
            memory = null;
            addresses = null;
        }
        else if (map.Get("cpus") is { } cpus)
        {
            int count = map.Get("count")?.AsInt(MaxInvokers) ?? 1;
            spec = ClusterSpec.Uniform([.. Enumerable.Repeat(cpus.AsInt(NumberRange.AtLeast(1)), count)], ClusterSpec.DeployUserMemoryMb);
        }
        else
        {
            throw map.Has("count")
                ? map.Get("count")!.Error("contradicts the missing cpus: count needs cpus (CPUs per invoker)")
                : cluster.Error("give a preset (thesis, paper, NxC), count and cpus, or a list of invokers");
        }

        var result = spec with
        {
            Invokers = [.. spec.Invokers.Select(i => i with { UserMemoryMb = memory ?? i.UserMemoryMb, Addresses = addresses is null ? i.Addresses : addresses.Value.Pool })],
        };
        var duplicate = result.Invokers.GroupBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? result : throw cluster.Error($"the invoker name '{duplicate.Key}' is used twice");
    }

    private static ClusterSpec Preset(Field field)
    {
        string name = field.AsName();
        if (string.Equals(name, "thesis", StringComparison.OrdinalIgnoreCase))
        {
            return ClusterSpec.Thesis();
        }

        if (string.Equals(name, "paper", StringComparison.OrdinalIgnoreCase))
        {
            return ClusterSpec.Paper();
        }

        var m = UniformPattern().Match(name);
        if (m.Success
            && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1
            && int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int cpus) && cpus >= 1)
        {
            // N x 48 vCPU are the paper's c7i.12xlarge nodes, with their EKS address pool.
            return cpus == 48 ? ClusterSpec.Paper(count) : ClusterSpec.Uniform([.. Enumerable.Repeat(cpus, count)], ClusterSpec.DeployUserMemoryMb);
        }

        if (NxCShape().IsMatch(name))
        {
            // The shape is right, the numbers are not: say so rather than call it an unknown preset.
            throw field.Error($"'{name}': NxC needs N (invokers) from 1 to 999999 and C (CPUs per invoker) from 1 to 999999");
        }

        throw field.Error($"unknown cluster preset '{name}'{Suggest.Hint(name, ["thesis", "paper"])}; use {string.Join(", ", Presets)}");
    }

    private static InvokerSpec Invoker(Field item, int index, int? memory, (NetworkAddressPool? Pool, bool Given)? addresses)
    {
        string defaultName = string.Create(CultureInfo.InvariantCulture, $"invoker{index}");
        if (item.IsScalar)
        {
            return new InvokerSpec(defaultName, item.AsInt(NumberRange.AtLeast(1)), memory ?? ClusterSpec.DeployUserMemoryMb, addresses?.Pool);
        }

        var map = item.AsMap();
        map.AllowOnly(InvokerKeys);
        (NetworkAddressPool? Pool, bool Given)? own = map.Get("addresses") is { } a ? Addresses(a) : addresses;
        return new InvokerSpec(
            map.Get("name")?.AsName() ?? defaultName,
            map.Require("cpus").AsInt(NumberRange.AtLeast(1)),
            map.Get("memory_mb")?.AsInt(NumberRange.AtLeast(1)) ?? memory ?? ClusterSpec.DeployUserMemoryMb,
            own?.Pool);
    }

    /// <summary><c>none</c>, <c>eks-c7i.12xlarge</c> or <c>{ready, block, attach_s[, monitor_s, warm_blocks]}</c>; Given tells "none" from "not written".</summary>
    private static (NetworkAddressPool? Pool, bool Given) Addresses(Field field)
    {
        if (field.IsScalar)
        {
            string choice = field.AsChoice(["none", "eks-c7i.12xlarge"]);
            return (choice == "none" ? null : ClusterSpec.EksC7i12xlarge, true);
        }

        var map = field.AsMap();
        map.AllowOnly(AddressKeys);
        return (new NetworkAddressPool(
            map.Require("ready").AsInt(NumberRange.NonNegative),
            map.Require("block").AsInt(NumberRange.AtLeast(1)),
            map.Require("attach_s").AsDouble(SimLimits.Duration),
            map.Get("monitor_s")?.AsDouble(SimLimits.Period) ?? 5.0,
            map.Get("warm_blocks")?.AsInt(NumberRange.NonNegative) ?? 1), true);
    }

    [GeneratedRegex(@"^([0-9]{1,6})\s*[xX]\s*([0-9]{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex UniformPattern();

    [GeneratedRegex(@"^[0-9]+\s*[xX]\s*[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NxCShape();
}
