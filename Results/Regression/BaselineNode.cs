using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Burstsim.Results.Regression;

/// <summary>Typed reads of baseline YAML nodes; each failure names the field path and the node's line.</summary>
internal static class BaselineNode
{
    public static BaselineFormatException Error(YamlNode node, string path, string problem) =>
        new(path.Length == 0 ? "(baseline)" : path, problem, node.Start.Line > 0 ? (int)node.Start.Line : null);

    /// <summary>The mapping's fields by key; refuses anything but a mapping and keys outside <paramref name="allowed"/>.</summary>
    public static Dictionary<string, YamlNode> Fields(YamlNode node, string path, IReadOnlyList<string> allowed)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, path, $"must be a mapping of {string.Join(", ", allowed)}");
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            string name = key is YamlScalarNode s ? s.Value ?? string.Empty : string.Empty;
            string field = path.Length == 0 ? name : path + "." + name;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, field, $"is not a baseline field; expected one of {string.Join(", ", allowed)}");
            }

            fields[name] = value;
        }

        return fields;
    }

    public static YamlNode Required(Dictionary<string, YamlNode> fields, YamlNode owner, string name, string path = "", string fix = "add it, or record the baseline again with --update")
    {
        if (fields.TryGetValue(name, out var node))
        {
            return node;
        }

        string field = path.Length == 0 ? name : path + "." + name;
        throw Error(owner, field, $"is missing; {fix}");
    }

    public static string Text(YamlNode node, string path)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } value } || IsNull(node))
        {
            throw Error(node, path, "must be a non-empty value");
        }

        return value;
    }

    public static int Integer(YamlNode node, string path) =>
        int.TryParse(Text(node, path), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Error(node, path, "must be a whole number");

    /// <summary>A finite number; with <paramref name="nullable"/>, <c>null</c> (no value) reads as NaN.</summary>
    public static double Number(YamlNode node, string path, bool nullable = false)
    {
        if (nullable && IsNull(node))
        {
            return double.NaN;
        }

        string text = Text(node, path);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw Error(node, path, $"must be a number (with a '.' for decimals), got '{text}'");
    }

    public static bool Flag(YamlNode node, string path) => Text(node, path) switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        var other => throw Error(node, path, $"must be true or false, got '{other}'"),
    };

    public static GateMetric Metric(YamlNode node, string path, string name) =>
        GateMetric.Find(name) ?? throw Error(node, path, $"'{name}' is not a gate metric; use one of {string.Join(", ", GateMetric.Known.Select(m => m.Name))}");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };
}
