using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// run.yaml: how an output folder was made, so a reader can make it again: the burstsim version, the command line,
/// and per scenario its seed, replications and the resolved scenario (the file or catalogue entry with its profile,
/// overlays and --set values applied). The options that cannot change a byte of the outputs (--out, --threads) and
/// --shard (shards record the whole sweep, so that merged shards equal the unsharded run) are left out of the command.
/// </summary>
internal static class RunRecord
{
    public const string FileName = "run.yaml";

    // --shard too: every shard records the whole sweep's command, so merged shards carry the unsharded run's run.yaml.
    private static readonly HashSet<string> Irrelevant = new(StringComparer.Ordinal) { "--out", "--threads", "--shard" };

    /// <summary>The burstsim version: the assembly's informational version (with the commit when built from git).</summary>
    public static string Version =>
        typeof(RunRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunRecord).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The command as typed, less --out and --threads and their values.</summary>
    public static string Command(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var words = new List<string> { "burstsim" };
        var tokens = parse.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            string value = tokens[i].Value;
            string name = value.Split('=')[0];
            if (Irrelevant.Contains(name))
            {
                // "--out DIR" is two tokens, "--out=DIR" one.
                i += value.Contains('=', StringComparison.Ordinal) ? 0 : 1;
                continue;
            }

            words.Add(value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '[' or ']' or '{' or '}' or '#' or '*' or '$' or ';' or '&' or '|')
                ? "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
                : value);
        }

        return string.Join(' ', words);
    }

    /// <summary>Writes <see cref="FileName"/> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string command, IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder("# How this folder was made; rerun the command (with --out) to make it again.\n");
        text.Append("burstsim_version: ").Append(Quoted(Version)).Append('\n');
        text.Append("command: ").Append(Quoted(command)).Append('\n');
        text.Append("scenarios:\n");
        foreach (var scenario in scenarios)
        {
            text.Append("  - name: ").Append(Quoted(scenario.Name)).Append('\n');
            text.Append("    seed: ").Append(scenario.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("    replications: ").Append(scenario.Replications.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("    resolved: |\n");
            foreach (string line in scenario.ResolvedYaml.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
            {
                text.Append("      ").Append(line).Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(directory, FileName), text.ToString(), RunOutputs.Utf8);
    }

    /// <summary>
    /// Writes <see cref="FileName"/> for a folder made from files rather than a scenario (<c>import</c>): the version, the
    /// command and the resolved inputs (e.g. the file's full path, the policy and the figure style as used).
    /// </summary>
    public static void Write(string directory, string command, IReadOnlyList<(string Name, string Value)> inputs)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(inputs);
        var text = new StringBuilder("# How this folder was made; rerun the command (with --out) to make it again.\n");
        text.Append("burstsim_version: ").Append(Quoted(Version)).Append('\n');
        text.Append("command: ").Append(Quoted(command)).Append('\n');
        text.Append("inputs:\n");
        foreach (var (name, value) in inputs)
        {
            text.Append("  ").Append(name).Append(": ").Append(Quoted(value)).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, FileName), text.ToString(), RunOutputs.Utf8);
    }

    // A YAML double-quoted scalar: backslashes and quotes escaped.
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
