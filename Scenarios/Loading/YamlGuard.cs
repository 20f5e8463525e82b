using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Reads a YAML text's events once, without building a tree, before YamlDotNet's recursive loader sees
/// it: nesting deeper than <see cref="MaxDepth"/> (50 000 brackets overflow the loader's stack) and
/// text the scanner chokes on (it throws InvalidOperationException on some malformed flow lists) are
/// reported as a YAML problem at a line instead of crashing the process.
/// </summary>
internal static partial class YamlGuard
{
    /// <summary>Far deeper than any scenario (they nest 4 or 5 levels), far shallower than the loader's stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The YAML core schema's tags (<c>!!str</c>, <c>!!int</c>, ...): they only say what the value already is.</summary>
    private const string CoreSchema = "tag:yaml.org,2002:";

    /// <summary>The first problem with its 1-based line, or null when the text is safe to load.</summary>
    public static (string Problem, int? Line)? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (YamlErrorText.Unprintable(text) is { } unprintable)
        {
            return unprintable;
        }

        var parser = new Parser(new StringReader(text));
        int depth = 0;
        long line = 1;

        // Per open mapping or list: whether it is a mapping and how many nodes it holds so far (in a mapping, even = a key comes next).
        var open = new Stack<(bool Mapping, int Nodes)>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                line = current.Start.Line;
                bool isKey = current is NodeEvent && open.TryPeek(out var parent) && parent.Mapping && parent.Nodes % 2 == 0;
                if (isKey && current is Scalar { Value: "<<", Style: ScalarStyle.Plain })
                {
                    // YamlDotNet's loader reads '<<' as an ordinary key: the merged fields would vanish and the mapping read as if empty.
                    return ($"merge keys (<<: *anchor) are not supported (column {current.Start.Column}); write the fields out in this mapping", (int)line);
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        open.Push((current is MappingStart, 0));
                        break;
                    case MappingEnd or SequenceEnd:
                        open.TryPop(out _);
                        Counted(open);
                        break;
                    case Scalar or AnchorAlias:
                        Counted(open);
                        break;
                }

                if (current is NodeEvent { Tag: { IsEmpty: false, IsNonSpecific: false } tag } node)
                {
                    if (!tag.Value.StartsWith(CoreSchema, StringComparison.Ordinal))
                    {
                        // A tag names a type for a loader that knows it; burstsim knows none, and would read the value as if untagged.
                        return ($"unknown YAML tag '{tag.Value}'; scenarios use plain values (remove the tag, or quote the value if the '!' belongs to it)", (int)line);
                    }

                    if (CoreTagProblem(tag.Value[CoreSchema.Length..], node) is { } problem)
                    {
                        return (problem, (int)line);
                    }
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            return ($"nested more than {MaxDepth} levels deep; a scenario needs only a few levels (check for unclosed [ or {{)", (int)line);
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            // A tab in the indentation: the scanner places it at the mapping it was reading; the text says where the tab is.
            if (IndentingTab(text, (int)Math.Max(1, e.Start.Line)) is { } tab && Clean(e.Message, e.Start, e.End).Contains("use spaces", StringComparison.Ordinal))
            {
                return ($"a tab indents line {tab.Line} (column {tab.Column}); YAML does not allow tabs for indentation: use spaces to indent", tab.Line);
            }

            return (Clean(e.Message, e.Start, e.End), e.Start.Line > 0 ? (int)e.Start.Line : (int)line);
        }
        catch (InvalidOperationException)
        {
            return ("the YAML is malformed after this line (an unclosed [ or { , or a quote?)", (int)line);
        }

        return null;
    }

    /// <summary>The first tab in a line's leading whitespace, from line <paramref name="from"/> on (1-based line and column), or null.</summary>
    private static (int Line, int Column)? IndentingTab(string text, int from)
    {
        string[] lines = text.Split('\n');
        for (int i = from - 1; i < lines.Length; i++)
        {
            string l = lines[i];
            int lead = 0;
            while (lead < l.Length && l[lead] is ' ' or '\t')
            {
                if (l[lead] == '\t')
                {
                    return (i + 1, lead + 1);
                }

                lead++;
            }
        }

        return null;
    }

    /// <summary>One more node in the innermost open mapping or list.</summary>
    private static void Counted(Stack<(bool Mapping, int Nodes)> open)
    {
        if (open.TryPop(out var top))
        {
            open.Push((top.Mapping, top.Nodes + 1));
        }
    }

    /// <summary>
    /// Values are read by their field, never by their tag, so a core-schema tag is accepted only where it says what the
    /// plain value already is (<c>!!int 2</c>, <c>!!map {...}</c>); one that would change it (<c>!!str 1</c>, <c>!!null 1</c>,
    /// <c>!!float x</c>) or names a type burstsim has no use for (<c>!!binary</c>, <c>!!timestamp</c>, <c>!!set</c>) is refused.
    /// </summary>
    private static string? CoreTagProblem(string type, NodeEvent node)
    {
        string shown = "!!" + type;
        if (node is not Scalar scalar)
        {
            bool fits = (type, node) is ("map", MappingStart) or ("seq", SequenceStart);
            return fits ? null : $"the YAML tag '{shown}' does not fit this {(node is MappingStart ? "mapping" : "list")}; scenarios use plain values (remove the tag)";
        }

        string value = scalar.Value;
        bool plain = scalar.Style is ScalarStyle.Plain;
        string resolved = !plain ? "str"
            : value is "" or "~" or "null" or "Null" or "NULL" ? "null"
            : value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? "bool"
            : IntPattern().IsMatch(value) ? "int"
            : FloatPattern().IsMatch(value) ? "float"
            : "str";
        bool same = type == resolved || (type == "float" && resolved == "int");
        return type switch
        {
            "str" or "int" or "float" or "bool" or "null" when same => null,
            "str" or "int" or "float" or "bool" or "null" => $"the YAML tag '{shown}' would make '{value}' {Kind(type)}, but it reads as {Kind(resolved)}; burstsim reads each value by its field, not by a tag: remove the tag (quote a name that looks like a number)",
            _ => $"the YAML tag '{shown}' names a type scenarios have no use for; scenarios use plain values (remove the tag)",
        };
    }

    private static string Kind(string type) => type switch
    {
        "str" => "text",
        "int" => "a whole number",
        "float" => "a number",
        "bool" => "true or false",
        _ => "null (no value)",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IntPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FloatPattern();

    /// <summary>A YamlDotNet message in burstsim's words (<see cref="YamlErrorText"/>); the line is reported separately.</summary>
    public static string Clean(string message) => YamlErrorText.Describe(message, Mark.Empty, Mark.Empty);

    /// <summary>A YamlDotNet message in burstsim's words, placed by <paramref name="start"/> and <paramref name="end"/> (<see cref="YamlErrorText"/>).</summary>
    public static string Clean(string message, Mark start, Mark end) => YamlErrorText.Describe(message, start, end);
}
