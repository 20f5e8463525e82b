using YamlDotNet.RepresentationModel;

namespace Burstsim.Results.Regression;

/// <summary>Reads a baseline's <c>tolerances</c>: <c>default</c> and per-metric entries of relative, absolute and interval.</summary>
internal static class ToleranceReader
{
    private static readonly string[] Parts = ["relative", "absolute", "interval"];

    public static ToleranceSet Read(YamlNode node)
    {
        string[] keys = ["default", .. GateMetric.Known.Select(m => m.Name)];
        var fields = BaselineNode.Fields(node, "tolerances", keys);
        var defaults = fields.TryGetValue("default", out var d) ? ReadOne(d, "tolerances.default") : Tolerance.Default;
        var perMetric = new Dictionary<string, Tolerance>(StringComparer.Ordinal);
        foreach (var (name, value) in fields.Where(f => f.Key != "default"))
        {
            perMetric[name] = ReadOne(value, "tolerances." + name);
        }

        return new ToleranceSet(defaults, perMetric);
    }

    private static Tolerance ReadOne(YamlNode node, string path)
    {
        var fields = BaselineNode.Fields(node, path, Parts);
        double? relative = fields.TryGetValue("relative", out var r) ? NonNegative(r, path + ".relative") : null;
        double? absolute = fields.TryGetValue("absolute", out var a) ? NonNegative(a, path + ".absolute") : null;
        bool interval = fields.TryGetValue("interval", out var i) && BaselineNode.Flag(i, path + ".interval");
        return new Tolerance(relative, absolute, interval);
    }

    private static double NonNegative(YamlNode node, string path)
    {
        double value = BaselineNode.Number(node, path);
        return value >= 0 ? value : throw BaselineNode.Error(node, path, $"must be 0 or more, got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
