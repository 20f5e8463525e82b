using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Burstsim.Results.Regression;

/// <summary>
/// Reads a baseline file (format in <see cref="BaselineWriter"/>). Every problem is a
/// <see cref="BaselineFormatException"/> naming the field, its line and the fix.
/// </summary>
public static class BaselineReader
{
    private static readonly string[] TopLevel = ["format", "scenario", "scenario_sha256", "tool_version", "seed", "replications", "tolerances", "metrics", "runs"];

    public static Baseline Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new BaselineFormatException("(yaml)", Clean(e.Message), e.Start.Line > 0 ? (int)e.Start.Line : null, e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new BaselineFormatException("(baseline)", "expected one YAML mapping with format, scenario, scenario_sha256, seed, replications and runs; record one with --update", null);
        }

        var fields = BaselineNode.Fields(root, string.Empty, TopLevel);
        int format = BaselineNode.Integer(BaselineNode.Required(fields, root, "format"), "format");
        if (format != Baseline.CurrentFormat)
        {
            throw BaselineNode.Error(fields["format"], "format", $"is {format}, but this burstsim reads format {Baseline.CurrentFormat}; record the baseline again with --update");
        }

        string hash = BaselineNode.Text(BaselineNode.Required(fields, root, "scenario_sha256"), "scenario_sha256");
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            throw BaselineNode.Error(fields["scenario_sha256"], "scenario_sha256", "must be 64 hex digits (SHA-256 of the scenario text); record it with --update");
        }

        var seedNode = BaselineNode.Required(fields, root, "seed");
        if (!ulong.TryParse(BaselineNode.Text(seedNode, "seed"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            throw BaselineNode.Error(seedNode, "seed", "must be a whole number from 0 to 18446744073709551615");
        }

        int replications = BaselineNode.Integer(BaselineNode.Required(fields, root, "replications"), "replications");
        if (replications < 1)
        {
            throw BaselineNode.Error(fields["replications"], "replications", $"must be at least 1, got {replications}");
        }

        var metrics = fields.TryGetValue("metrics", out var m) ? ReadMetrics(m) : GateMetric.All;
        return new Baseline
        {
            Scenario = BaselineNode.Text(BaselineNode.Required(fields, root, "scenario"), "scenario"),
            ScenarioSha256 = hash,
            ToolVersion = fields.TryGetValue("tool_version", out var v) ? BaselineNode.Text(v, "tool_version") : string.Empty,
            Seed = seed,
            Replications = replications,
            Tolerances = fields.TryGetValue("tolerances", out var t) ? ToleranceReader.Read(t) : ToleranceSet.Standard,
            Metrics = metrics,
            Runs = ReadRuns(BaselineNode.Required(fields, root, "runs"), metrics),
            Lines = fields.ToDictionary(f => f.Key, f => (int)f.Value.Start.Line, StringComparer.Ordinal),
        };
    }

    public static Baseline ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static List<GateMetric> ReadMetrics(YamlNode node)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw BaselineNode.Error(node, "metrics", $"must be a non-empty list of metric names from: {string.Join(", ", GateMetric.Known.Select(x => x.Name))}");
        }

        var names = new List<string>();
        for (int i = 0; i < list.Children.Count; i++)
        {
            string path = FormattableString.Invariant($"metrics[{i}]");
            string name = BaselineNode.Text(list.Children[i], path);
            BaselineNode.Metric(list.Children[i], path, name);
            if (names.Contains(name, StringComparer.Ordinal))
            {
                throw BaselineNode.Error(list.Children[i], path, $"lists {name} twice; remove one");
            }

            names.Add(name);
        }

        // Always gated in the catalogue's order, whatever order the file lists them in.
        return [.. GateMetric.Known.Where(x => names.Contains(x.Name, StringComparer.Ordinal))];
    }

    private static List<BaselineRun> ReadRuns(YamlNode node, IReadOnlyList<GateMetric> metrics)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw BaselineNode.Error(node, "runs", "must be a non-empty list of {case, policy, <metric>: {mean, ci95}}; record it with --update");
        }

        // Values of metrics left out of 'metrics' may stay in the file (and --update keeps recording them); they are not gated.
        string[] allowed = ["case", "policy", .. GateMetric.Known.Select(x => x.Name)];
        var runs = new List<BaselineRun>();
        for (int i = 0; i < list.Children.Count; i++)
        {
            string path = FormattableString.Invariant($"runs[{i}]");
            var item = list.Children[i];
            var fields = BaselineNode.Fields(item, path, allowed);
            string @case = BaselineNode.Text(BaselineNode.Required(fields, item, "case", path), path + ".case");
            string policy = BaselineNode.Text(BaselineNode.Required(fields, item, "policy", path), path + ".policy");
            if (runs.Any(r => r.Case == @case && r.Policy == policy))
            {
                throw BaselineNode.Error(item, path, $"repeats case {@case} with policy {policy}; keep one");
            }

            var values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
            foreach (var metric in metrics)
            {
                var valueNode = BaselineNode.Required(fields, item, metric.Name, path, "record it again with --update, or drop the metric from 'metrics'");
                values[metric.Name] = ReadValue(valueNode, path + "." + metric.Name);
            }

            runs.Add(new BaselineRun(@case, policy, values));
        }

        return runs;
    }

    private static MetricValue ReadValue(YamlNode node, string path)
    {
        var fields = BaselineNode.Fields(node, path, ["mean", "ci95"]);
        double mean = BaselineNode.Number(BaselineNode.Required(fields, node, "mean", path), path + ".mean", nullable: true);
        var ciNode = BaselineNode.Required(fields, node, "ci95", path);
        if (ciNode is not YamlSequenceNode { Children.Count: 2 } ci)
        {
            throw BaselineNode.Error(ciNode, path + ".ci95", "must be [low, high], the 95% interval of the mean");
        }

        double low = BaselineNode.Number(ci.Children[0], path + ".ci95[0]", nullable: true);
        double high = BaselineNode.Number(ci.Children[1], path + ".ci95[1]", nullable: true);
        bool none = double.IsNaN(mean);
        if (none != double.IsNaN(low) || none != double.IsNaN(high))
        {
            throw BaselineNode.Error(node, path, "has a mean and an interval that disagree on whether there is a value; record it again with --update");
        }

        if (!none && !(low <= mean && mean <= high))
        {
            throw BaselineNode.Error(node, path, FormattableString.Invariant($"ci95 [{low}, {high}] does not contain the mean {mean}; the interval is [low, high] around the mean"));
        }

        return new MetricValue(mean, low, high);
    }

    // YamlDotNet prefixes messages with "(Line: a, Col: b, Idx: c) - (...): "; the line is reported separately.
    private static string Clean(string message)
    {
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && at > 0 ? message[(at + 3)..] : message;
    }
}
