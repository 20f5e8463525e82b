using Burstsim.Scenarios.Cli;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// A scenario's YAML tree with command-line overrides applied, remembering where every node came
/// from (a line of the file, or an option such as <c>--set</c>) so that a message can name it.
/// </summary>
internal sealed class ScenarioDocument
{
    private readonly Dictionary<YamlNode, string> _origins = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<YamlNode, YamlNode> _locatedAt = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<YamlNode, string> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly List<Override> _applied = [];

    private ScenarioDocument(ScenarioSource source, YamlMappingNode root)
    {
        Source = source;
        Root = root;
    }

    public ScenarioSource Source { get; }

    public YamlMappingNode Root { get; }

    public Field RootField => new(this, Root, string.Empty);

    public static ScenarioDocument Parse(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = LoadYaml(source.Text, e => new InputException("(yaml)", e.Problem, e.Line, source.Origin));
        return root switch
        {
            YamlMappingNode map => new ScenarioDocument(source, map),
            null => throw new InputException("(scenario)", "the file is empty; a scenario needs at least cluster and workload sections", null, source.Origin),
            _ => throw new InputException("(scenario)", "the top level must be a mapping of sections (name, cluster, platform, workload, policies, ...)", (int)root.Start.Line, source.Origin),
        };
    }

    /// <summary>Applies one override; later overrides win over earlier ones and over the file.</summary>
    public void Apply(Override change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var segments = PathSegment.Parse(change.Path, change.Origin);
        RefuseInvokerOfUnlistedCluster(segments, change);
        _applied.Add(change);
        var value = LoadYaml(change.Value, e => new InputException($"{change.Path} (from {change.Origin})", $"the value is not valid YAML: {e.Problem}"))
                    ?? new YamlScalarNode(string.Empty);
        MarkOrigin(value, change.Origin);

        YamlNode current = Root;
        string path = string.Empty;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            bool last = i == segments.Count - 1;
            YamlNode? child = Child(current, segment, path, change);
            string childPath = Field.Join(path, segment);
            if (last)
            {
                Put(current, segment, value, childPath, change);
                return;
            }

            if (i == 0 && segment.Key == "cluster" && child is YamlScalarNode preset && !IsNull(preset))
            {
                // `cluster: thesis` is short for `cluster: {preset: thesis}`; expand it so --set can reach inside.
                child = new YamlMappingNode { { new YamlScalarNode("preset"), preset } };
                _locatedAt[child] = preset;
                Put(current, segment, child, childPath, change);
            }

            if (child is null || IsNull(child))
            {
                // What the next step needs: a list for [index], a mapping for a key.
                child = segments[i + 1].IsIndex ? new YamlSequenceNode() : new YamlMappingNode();
                MarkOrigin(child, change.Origin);
                Put(current, segment, child, childPath, change);
            }

            current = child;
            path = childPath;
        }
    }

    /// <summary>The cluster keys that choose the machines (as against per-invoker settings such as memory_mb).</summary>
    private static readonly string[] MachineKeys = ["preset", "invokers", "count", "cpus"];

    /// <summary>
    /// Puts a deployment profile's section under the document's own: the scenario's values (and its overrides,
    /// already applied) win, what it does not write comes from the profile. A one-word <c>cluster: preset</c>
    /// counts as <c>{preset: ...}</c> so that it keeps the profile's memory_mb and addresses.
    /// </summary>
    public void Underlay(string key, YamlNode profileSection, string origin)
    {
        ArgumentNullException.ThrowIfNull(profileSection);
        MarkOrigin(profileSection, origin);
        var keyNode = new YamlScalarNode(key);
        if (!Root.Children.TryGetValue(keyNode, out var own) || IsNull(own))
        {
            Root.Children[keyNode] = profileSection;
            _paths[profileSection] = key;
            return;
        }

        if (key == "cluster" && own is YamlScalarNode preset)
        {
            var expanded = new YamlMappingNode { { new YamlScalarNode("preset"), preset } };
            _locatedAt[expanded] = preset;
            own = expanded;
        }

        if (key == "cluster" && own is YamlMappingNode mine && profileSection is YamlMappingNode theirs
            && MachineKeys.Any(k => mine.Children.ContainsKey(new YamlScalarNode(k))))
        {
            // The scenario chose its own machines: the profile keeps only its per-invoker settings (memory_mb, addresses).
            var settings = new YamlMappingNode();
            foreach (var (k, v) in theirs.Children.Where(c => c.Key.ToString() is not ("preset" or "invokers" or "count" or "cpus")))
            {
                settings.Children[k] = v;
            }

            profileSection = settings;
        }

        Root.Children[keyNode] = Merge(profileSection, key, own, key);
    }

    /// <summary>Parses a profile's YAML text (a mapping of sections); problems are reported against <paramref name="origin"/>.</summary>
    public static YamlMappingNode ParseProfile(string text, string origin) =>
        LoadYaml(text, e => new InputException("profile", $"{origin}: {e.Problem}")) as YamlMappingNode
        ?? throw new InputException("profile", $"{origin} is not a mapping of sections");

    /// <summary>
    /// <c>cluster.invokers[i]...</c> on a cluster given as a preset or count and cpus: its invokers are not
    /// written out, so there is no item i to change; say which invokers the cluster has and how to list them.
    /// </summary>
    private void RefuseInvokerOfUnlistedCluster(IReadOnlyList<PathSegment> segments, Override change)
    {
        if (segments.Count < 3 || segments[0].Key != "cluster" || segments[1].Key != "invokers" || !segments[2].IsIndex)
        {
            return;
        }

        Root.Children.TryGetValue(new YamlScalarNode("cluster"), out var cluster);
        if (cluster is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("invokers")))
        {
            return;
        }

        string field = $"{change.Path} (from {change.Origin})";
        if (cluster is null || IsNull(cluster))
        {
            throw new InputException(field, "the scenario lists no invokers (its cluster comes from a profile or a default), so there is no item to change; give the whole list instead, e.g. --set 'cluster={invokers: [48, 48, 24]}' with the CPUs you want");
        }

        var spec = ClusterBinder.Bind(new Field(this, cluster, "cluster"));
        string cpus = string.Join(", ", spec.Invokers.Select(i => i.Cpus.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        throw new InputException(
            field,
            $"the cluster is {(cluster is YamlScalarNode s ? $"the preset '{s.Value}'" : cluster is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("preset"), out var p) ? $"the preset '{p}'" : "given as a preset or count and cpus")}, which lists no invokers to change ({spec.Invokers.Count} invokers of {cpus} CPUs); " +
            $"give the whole list instead, e.g. --set 'cluster={{invokers: [{cpus}]}}' with the CPUs you want");
    }

    /// <summary>Deep-merges <paramref name="over"/> onto <paramref name="under"/> (mappings merge, anything else replaces); nodes keep their origins and paths.</summary>
    public YamlNode Merge(YamlNode under, string underPath, YamlNode over, string overPath)
    {
        if (under is not YamlMappingNode u || over is not YamlMappingNode o)
        {
            return over;
        }

        var merged = new YamlMappingNode();
        _locatedAt[merged] = over;
        _paths[merged] = overPath;
        foreach (var (key, value) in u.Children)
        {
            string keyText = ((YamlScalarNode)key).Value ?? string.Empty;
            if (o.Children.TryGetValue(key, out var replacement))
            {
                merged.Children[key] = Merge(value, Field.Join(underPath, keyText), replacement, Field.Join(overPath, keyText));
            }
            else
            {
                merged.Children[key] = value;
                _paths.TryAdd(value, Field.Join(underPath, keyText));
            }
        }

        foreach (var (key, value) in o.Children)
        {
            if (!u.Children.ContainsKey(key))
            {
                merged.Children[key] = value;
            }
        }

        return merged;
    }

    /// <summary>The path a node was first known by, when it differs from where it is read (merged case workloads).</summary>
    public string? KnownPath(YamlNode node) => _paths.GetValueOrDefault(node);

    public InputException Error(YamlNode node, string path, string problem, YamlNode? key = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        string field = path.Length == 0 ? "(scenario)" : path;
        while (true)
        {
            if (_origins.TryGetValue(node, out string? origin))
            {
                return new InputException($"{field} (from {origin})", problem);
            }

            if (!_locatedAt.TryGetValue(node, out var at))
            {
                // A value written in the file is reported at its key's line (a block list or mapping starts a line later).
                node = key is not null && !_origins.ContainsKey(key) ? key : node;
                break;
            }

            node = at;
        }

        return new InputException(field, problem, node.Start.Line > 0 ? (int)node.Start.Line : null, Source.Origin + OverriddenWithin(path));
    }

    /// <summary>
    /// The overrides that changed values inside a section the file wrote (", with workload.functions from --overlay ov.yaml"):
    /// a check of the whole section may fail because of them, and the file alone would be the wrong place to look.
    /// </summary>
    private string OverriddenWithin(string path)
    {
        var inside = _applied
            .Where(c => path.Length > 0 && (c.Path.StartsWith(path + ".", StringComparison.Ordinal) || c.Path.StartsWith(path + "[", StringComparison.Ordinal)))
            .GroupBy(c => c.Path, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToArray();
        return inside.Length == 0 ? string.Empty : ", with " + string.Join(", ", inside.Select(c => $"{c.Path} from {c.Origin}"));
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };

    private static YamlNode? LoadYaml(string text, Func<(string Problem, int? Line), InputException> error)
    {
        if (YamlGuard.Check(text) is { } problem)
        {
            throw error(problem);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw error((YamlGuard.Clean(e.Message, e.Start, e.End), e.Start.Line > 0 ? (int)e.Start.Line : null));
        }

        return stream.Documents.Count switch
        {
            0 => null,
            1 => stream.Documents[0].RootNode,
            _ => throw error(("a scenario is one YAML document; remove the extra '---' documents", (int)stream.Documents[1].RootNode.Start.Line)),
        };
    }

    /// <summary>Whether <paramref name="node"/> came from an override of this origin ("--policy", "--set").</summary>
    public bool CameFrom(YamlNode node, string origin) => _origins.TryGetValue(node, out string? o) && o == origin;

    private void MarkOrigin(YamlNode node, string origin)
    {
        foreach (var n in node.AllNodes)
        {
            _origins[n] = origin;
        }
    }

    private YamlNode? Child(YamlNode current, PathSegment segment, string path, Override change)
    {
        switch (current, segment.IsIndex)
        {
            case (YamlMappingNode map, false):
                return map.Children.TryGetValue(new YamlScalarNode(segment.Key), out var child) ? child : null;
            case (YamlSequenceNode list, true):
                if (segment.Index > list.Children.Count)
                {
                    throw Error(current, path, $"has {list.Children.Count} items, so {change.Path} (from {change.Origin}) cannot be set; indexes start at 0");
                }

                return segment.Index < list.Children.Count ? list.Children[segment.Index] : null;
            default:
                throw Error(current, path, $"is {Describe(current)}, so {change.Path} (from {change.Origin}) cannot reach inside it; set {(path.Length == 0 ? "it" : path)} as a whole instead");
        }
    }

    private void Put(YamlNode current, PathSegment segment, YamlNode value, string path, Override change)
    {
        if (current is YamlMappingNode map && !segment.IsIndex)
        {
            var key = new YamlScalarNode(segment.Key);
            if (!map.Children.ContainsKey(key))
            {
                _origins[key] = change.Origin; // a key the override adds: errors about it name the override, not the file
            }

            map.Children[key] = value;
        }
        else if (current is YamlSequenceNode list && segment.IsIndex)
        {
            if (segment.Index < list.Children.Count)
            {
                list.Children[segment.Index] = value;
            }
            else
            {
                list.Children.Add(value);
            }
        }
        else
        {
            throw Error(current, path, $"cannot be set by {change.Path} (from {change.Origin})");
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "empty",
        YamlScalarNode s => $"the value '{s.Value}'",
        _ => "an alias",
    };
}
