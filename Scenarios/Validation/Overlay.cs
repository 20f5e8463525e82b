using System.Globalization;
using System.Text;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Burstsim.Scenarios.Validation;

/// <summary>
/// An overlay: a YAML file of scenario values (what <c>calibrate</c> writes) that <c>run --overlay FILE</c> applies
/// as if each leaf were a <c>--set path=value</c>, before the --set options themselves. A latency written as
/// <c>{median, spread}</c> is one value.
/// </summary>
internal static class Overlay
{
    /// <summary>The overlay's leaves as overrides. Throws <see cref="InputException"/> (field <c>--overlay</c>) for an unreadable file or a list.</summary>
    public static IReadOnlyList<Override> Read(string path)
    {
        string origin = $"--overlay {path}";
        if (!File.Exists(path))
        {
            // A folder would otherwise read as "access denied", a missing file as .NET's "Could not find file".
            throw new InputException("--overlay", FileInput.Missing(Path.GetFullPath(path)));
        }

        Execution.InputFiles.Record(path);
        YamlNode? root;
        try
        {
            string text = Loading.YamlText.Read(path, "--overlay");
            if (YamlGuard.Check(text) is { } problem)
            {
                // The same checks as a scenario's (merge keys, tabs, tags, depth): an overlay is read the same way.
                throw new InputException("--overlay", $"cannot read {path}{(problem.Line is { } line ? $", line {line}" : string.Empty)}: {problem.Problem}");
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new InputException("--overlay", $"cannot read {path}{(e.Start.Line > 0 ? $", line {e.Start.Line}" : string.Empty)}: {YamlGuard.Clean(e.Message, e.Start, e.End)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("--overlay", $"cannot read {path}: {e.Message}");
        }

        if (root is not YamlMappingNode map)
        {
            throw new InputException("--overlay", $"{path} must be a mapping of scenario values (e.g. platform: {{invoker: {{init_s: 0.3}}}})");
        }

        var overrides = new List<Override>();
        Flatten(map, string.Empty, origin, overrides);
        return overrides;
    }

    /// <summary>The YAML text of an overlay setting each path (platform.invoker.init_s) to its value.</summary>
    public static string Write(IReadOnlyList<(string Path, double Value)> values, string comment)
    {
        var root = new YamlMappingNode();
        foreach (var (path, value) in values)
        {
            var parts = path.Split('.');
            var node = root;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                var key = new YamlScalarNode(parts[i]);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new YamlMappingNode();
                    node.Children[key] = child;
                }

                node = (YamlMappingNode)child;
            }

            node.Children[new YamlScalarNode(parts[^1])] = new YamlScalarNode(value.ToString("0.######", CultureInfo.InvariantCulture));
        }

        var text = new StringBuilder();
        foreach (string line in comment.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return text.Append(writer.ToString().Replace("...\n", string.Empty, StringComparison.Ordinal)).ToString();
    }

    private static void Flatten(YamlMappingNode map, string prefix, string origin, List<Override> into)
    {
        foreach (var (key, value) in map.Children)
        {
            string path = prefix.Length == 0 ? key.ToString() : $"{prefix}.{key}";
            switch (value)
            {
                case YamlMappingNode latency when latency.Children.Keys.All(k => k.ToString() is "median" or "spread"):
                    into.Add(new Override(path, "{" + string.Join(", ", latency.Children.Select(c => $"{c.Key}: {c.Value}")) + "}", origin));
                    break;
                case YamlMappingNode inner:
                    Flatten(inner, path, origin, into);
                    break;
                case YamlScalarNode scalar:
                    into.Add(new Override(path, scalar.Value ?? string.Empty, origin));
                    break;
                default:
                    throw new InputException("--overlay", $"{origin}: {path} is a list; overlays hold mappings and single values (use --set for lists)");
            }
        }
    }
}
