using System.Text.RegularExpressions;

namespace Burstsim.Scenarios.Tests.Docs;

/// <summary>
/// Every <c>burstsim ...</c> command of README.md and docs/*.md: lines of fenced code blocks that start with
/// <c>burstsim </c> (or with <c>dotnet run --project Scenarios -c Release -- </c>, which it stands for; a line ending in
/// '\' continues on the next), and inline code spans that start with <c>burstsim </c>. A marker comment outside code,
/// <c>&lt;!-- docs-check: DIRECTIVE --&gt;</c>, applies to the command before it and the rest of its fenced block: <c>instead burstsim ...</c> (a quick
/// variant run in its place), <c>replace OLD =&gt; NEW</c> (e.g. the reader's plug-in by the repository's sample), <c>exit N</c> (the exit code the text promises), <c>needs PATH</c> (a file outside the
/// repository, e.g. ../shared/calibration), <c>skip REASON</c>.
/// </summary>
public static partial class DocCommands
{
    private const string DotnetRun = "dotnet run --project Scenarios -c Release -- ";

    /// <summary>The docs that are checked, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        ["README.md", .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<DocCommand> All(string root) => [.. Files(root).SelectMany(f => Read(f, File.ReadAllLines(Path.Combine(root, f))))];

    public static IReadOnlyList<DocCommand> Read(string file, IReadOnlyList<string> lines)
    {
        var commands = new List<DocCommand>();
        bool fenced = false;
        int block = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                block++;
                continue;
            }

            if (fenced)
            {
                string? command = line.StartsWith("burstsim ", StringComparison.Ordinal) ? line
                    : line.StartsWith(DotnetRun, StringComparison.Ordinal) ? "burstsim " + line[DotnetRun.Length..]
                    : null;
                if (command is null)
                {
                    continue;
                }

                int start = i;
                while (command.EndsWith('\\') && i + 1 < lines.Count)
                {
                    command = command[..^1].TrimEnd() + " " + lines[++i].Trim();
                }

                commands.Add(Classify(new DocCommand(file, start + 1, command, block)));
                continue;
            }

            // Markers and inline commands in the order they appear on the line.
            // A marker shown as code (`<!-- ... -->`, in the docs that explain them) is text, not a marker.
            foreach (Match m in InlineOrMarker().Matches(ShownMarker().Replace(lines[i], string.Empty)))
            {
                if (m.Groups["command"].Success)
                {
                    commands.Add(Classify(new DocCommand(file, i + 1, m.Groups["command"].Value.Trim(), -1 - commands.Count)));
                }
                else if (commands.Count == 0)
                {
                    throw new InvalidDataException($"{file}:{i + 1}: a docs-check marker before any command");
                }
                else
                {
                    // A marker applies to the command before it, and to every other command of its fenced block.
                    int last = commands[^1].Block;
                    for (int c = commands.Count - 1; c >= 0 && commands[c].Block == last; c--)
                    {
                        commands[c] = Apply(commands[c], m.Groups["directive"].Value.Trim(), $"{file}:{i + 1}");
                    }
                }
            }
        }

        return commands;
    }

    /// <summary>Files a doc shows whole for the reader to save: a fenced block whose first line is <c># NAME.yaml</c>.</summary>
    public static IEnumerable<(string Name, string Text)> ShownFiles(IReadOnlyList<string> lines)
    {
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            var name = ShownFile().Match(lines[i + 1]);
            if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) || !name.Success)
            {
                continue;
            }

            int end = i + 1;
            while (end < lines.Count && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            yield return (name.Groups["name"].Value, string.Join('\n', lines.Skip(i + 1).Take(end - i - 1)) + "\n");
            i = end;
        }
    }

    [GeneratedRegex(@"^#\s*(?<name>[\w.-]+\.yaml)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShownFile();

    private static DocCommand Apply(DocCommand command, string directive, string where)
    {
        int space = directive.IndexOf(' ', StringComparison.Ordinal);
        string verb = space < 0 ? directive : directive[..space];
        string rest = space < 0 ? string.Empty : directive[(space + 1)..].Trim();
        return verb switch
        {
            "instead" when rest.StartsWith("burstsim ", StringComparison.Ordinal) => command with { Instead = rest },
            "exit" when int.TryParse(rest, out int code) => command with { Exit = code },
            "needs" when rest.Length > 0 => command with { Needs = [.. command.Needs, rest] },
            "skip" when rest.Length > 0 => command with { Skip = rest },
            "replace" when rest.Contains(" => ", StringComparison.Ordinal) => command with { Replace = [.. command.Replace, (rest[..rest.IndexOf(" => ", StringComparison.Ordinal)], rest[(rest.IndexOf(" => ", StringComparison.Ordinal) + 4)..])] },
            _ => throw new InvalidDataException($"{where}: unknown docs-check marker '{directive}' (instead burstsim ..., replace OLD => NEW, exit N, needs PATH, skip REASON)"),
        };
    }

    private static DocCommand Classify(DocCommand command)
    {
        string[] words = command.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Placeholder().IsMatch(command.Text))
        {
            return command with { IsSynopsis = true };
        }

        bool runsBare = words.Length == 2 && words[1] is "list" or "policies" or "parameters" or "--help";
        return words.Length <= 2 && !runsBare ? command with { IsReference = true } : command;
    }

    /// <summary>What makes a synopsis: brackets, alternatives, ellipses, or a placeholder word in capitals (DIR, FILE.csv, =D).</summary>
    [GeneratedRegex(@"\[|\]|\||\.\.\.|(?<![\w-])[A-Z][A-Z0-9_]*(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"`<!--[^`]*-->`", RegexOptions.CultureInvariant)]
    private static partial Regex ShownMarker();

    [GeneratedRegex(@"`(?<command>burstsim [^`]+)`|<!--\s*docs-check:(?<directive>.*?)-->", RegexOptions.CultureInvariant)]
    private static partial Regex InlineOrMarker();
}
