using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Reads a YAML text's events once, without building a tree, before YamlDotNet's recursive loader sees
/// it: nesting deeper than <see cref="MaxDepth"/> (50 000 brackets overflow the loader's stack) and
/// text the scanner chokes on (it throws InvalidOperationException on some malformed flow lists) are
/// reported as a YAML problem at a line instead of crashing the process.
/// </summary>
internal static class YamlGuard
{
    /// <summary>Far deeper than any scenario (they nest 4 or 5 levels), far shallower than the loader's stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The YAML core schema's tags (<c>!!str</c>, <c>!!int</c>, ...): they only say what the value already is.</summary>
    private const string CoreSchema = "tag:yaml.org,2002:";

    /// <summary>The first problem with its 1-based line, or null when the text is safe to load.</summary>
    public static (string Problem, int? Line)? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        long line = 1;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                line = current.Start.Line;
                if (current is NodeEvent { Tag: { IsEmpty: false, IsNonSpecific: false } tag } && !tag.Value.StartsWith(CoreSchema, StringComparison.Ordinal))
                {
                    // A tag names a type for a loader that knows it; burstsim knows none, and would read the value as if untagged.
                    return ($"unknown YAML tag '{tag.Value}'; scenarios use plain values (remove the tag, or quote the value if the '!' belongs to it)", (int)line);
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
            return (Clean(e.Message), e.Start.Line > 0 ? (int)e.Start.Line : (int)line);
        }
        catch (InvalidOperationException)
        {
            return ("the YAML is malformed after this line (an unclosed [ or { , or a quote?)", (int)line);
        }

        return null;
    }

    // YamlDotNet prefixes messages with "(Line: a, Col: b, Idx: c) - (Line: ...): "; the line is reported separately.
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line", StringComparison.Ordinal) && at > 0 ? message[(at + 3)..] : message;
        // YamlDotNet's own words for a key written twice in one mapping; say which key and what to do.
        const string duplicate = "Duplicate key ";
        return text.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"the key '{text[duplicate.Length..]}' is written twice in the same mapping; keep one of them"
            : text;
    }
}
