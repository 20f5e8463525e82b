using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// YamlDotNet's scanner and parser errors ("While parsing a flow mapping, did not find expected ',' or '}'.") in
/// burstsim's words: what is wrong, the column, and the fix. Every YAML text a user gives (scenario, --set and --vary
/// values, --overlay, profiles, baselines) is reported through here, so none of the library's wording reaches a user;
/// an error it has no words for is still one line naming the column and what to check.
/// </summary>
internal static partial class YamlErrorText
{
    /// <summary>The problem behind a YamlDotNet message (its "(Line: a, Col: b, Idx: c) - (...): " prefix removed), placed by <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static string Describe(string message, Mark start, Mark end)
    {
        ArgumentNullException.ThrowIfNull(message);
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line", StringComparison.Ordinal) && at > 0 ? message[(at + 3)..] : message;
        string column = start.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $" (column {start.Column})") : string.Empty;
        string endColumn = end.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $" (line {end.Line}, column {end.Column})") : string.Empty;

        // "While scanning a mapping, found invalid tab as indentation." and the like: the scanner's error spans from the mapping it was reading to the tab.
        if (text.Contains("tab", StringComparison.OrdinalIgnoreCase) && text.Contains("indent", StringComparison.OrdinalIgnoreCase))
        {
            var tab = end.Line > 0 ? end : start;
            return tab.Line > 0
                ? string.Create(CultureInfo.InvariantCulture, $"a tab indents line {tab.Line} (column {tab.Column}); YAML does not allow tabs for indentation: use spaces to indent")
                : "a tab is used for indentation; YAML does not allow tabs for indentation: use spaces to indent";
        }

        const string duplicate = "Duplicate key ";
        if (text.StartsWith(duplicate, StringComparison.Ordinal))
        {
            return $"the key '{text[duplicate.Length..]}' is written twice in the same mapping; keep one of them";
        }

        var alias = MissingAnchor().Match(text);
        if (alias.Success)
        {
            string name = alias.Groups["name"].Value;
            return $"the alias *{name} names no anchor: write &{name} on a value above it, or give the value itself (quote it, '*{name}', if the '*' belongs to the text)";
        }

        return text switch
        {
            "A document cannot contain only an alias" =>
                "an alias (*name) cannot be the whole value: give the value itself, or quote it ('*...') if the '*' belongs to the text",
            _ when text.StartsWith("While scanning a quoted scalar, found unexpected end of stream", StringComparison.Ordinal)
                || text.StartsWith("While scanning a quoted scalar, found unexpected document indicator", StringComparison.Ordinal)
                || text.StartsWith("While scanning a multi-line double-quoted scalar", StringComparison.Ordinal) =>
                $"the quote that opens a value here{column} is never closed: add the closing quote on the same line, or remove the opening one",
            _ when text.StartsWith("While scanning a quoted scalar", StringComparison.Ordinal) =>
                $"the double-quoted value here{column} holds a backslash escape YAML does not know: write \\\\ for a backslash, or use single quotes",
            _ when text.StartsWith("While parsing a flow mapping", StringComparison.Ordinal) =>
                $"a {{ ... }} mapping is not closed, or two of its entries have no ',' between them, before{endColumn}: close it with '}}' and separate entries with ', '",
            _ when text.StartsWith("While parsing a flow sequence", StringComparison.Ordinal) =>
                $"a [ ... ] list is not closed, or two of its items have no ',' between them, before{endColumn}: close it with ']' and separate items with ', '",
            _ when text.StartsWith("While parsing a block mapping", StringComparison.Ordinal) =>
                $"the text here{column} does not continue the mapping above as 'key: value' at its indentation: check the indentation, an unclosed quote or bracket above, or a key longer than YAML's 1024 characters",
            _ when text.StartsWith("While parsing a block collection", StringComparison.Ordinal) =>
                $"the text here{column} does not continue the list above as '- item' at its indentation: check the indentation",
            _ when text.StartsWith("Mapping values are not allowed", StringComparison.Ordinal) || text.Contains("found invalid mapping", StringComparison.Ordinal) =>
                $"a ': ' here{column} where no mapping can start: quote a value that holds ': ', or put a nested mapping on its own indented lines",
            _ when text.StartsWith("While scanning a simple key", StringComparison.Ordinal) =>
                $"a key without its ':' here{column} (write key: value), or text left over from the line above",
            _ when text.StartsWith("While scanning for the next token", StringComparison.Ordinal) =>
                $"a character here{column} cannot start a YAML value ('@' and '`' are reserved): quote the value",
            _ when text.StartsWith("While scanning an anchor or alias", StringComparison.Ordinal) || text.StartsWith("Anchor", StringComparison.Ordinal) || text.StartsWith("While parsing a node, found more than one anchor", StringComparison.Ordinal) =>
                $"an anchor or alias ('&' or '*') here{column} has no valid name: quote the value if the '&' or '*' belongs to it",
            _ when text.StartsWith("While scanning a tag", StringComparison.Ordinal) || text.StartsWith("While parsing a node, found undefined tag handle", StringComparison.Ordinal) || text.StartsWith("Tag", StringComparison.Ordinal) =>
                $"a tag ('!') here{column} is malformed; scenarios use plain values: remove it, or quote the value if the '!' belongs to it",
            _ when text.StartsWith("While parsing a node", StringComparison.Ordinal) =>
                $"a value is missing here{column} (a ',' or ':' with nothing after it?): give the value, or remove the separator",
            _ when text.Contains("block scalar", StringComparison.Ordinal) =>
                $"the block text ('|' or '>') here{column} is malformed: put the text on the indented lines below the '|' or '>'",
            _ when text.StartsWith("Block sequence entries are not allowed", StringComparison.Ordinal) =>
                $"a '- ' list item here{column} where no list can start: put the list on its own indented lines under its key",
            _ when text.StartsWith("Mapping keys are not allowed", StringComparison.Ordinal) || text.StartsWith("Invalid key indicator", StringComparison.Ordinal) =>
                $"a '?' here{column} starts a complex key, which scenarios do not use: quote the value if the '?' belongs to it",
            _ when text.Contains("comment", StringComparison.Ordinal) =>
                $"a comment ('#') here{column} inside a value: put the comment after the value's end, or quote a value that holds ' #'",
            _ when text.Contains("document", StringComparison.OrdinalIgnoreCase) || text.Contains("directive", StringComparison.Ordinal) || text.Contains("STREAM", StringComparison.Ordinal) =>
                $"the text here{column} is not part of the one YAML document a file holds (a stray '---', '...' or '%' line?): remove it",
            _ => $"the YAML cannot be read here{column}: check the quotes, brackets, ':' and indentation there",
        };
    }

    /// <summary>
    /// The first character YAML text may not hold (YAML 1.2, 5.1: C0 controls but tab and line breaks, DEL, C1 controls
    /// but NEL, unpaired surrogates, U+FFFE and U+FFFF), with its 1-based line and column, or null. YamlDotNet reads a NUL
    /// as the end of the text, so a scenario with one would silently lose everything after it.
    /// </summary>
    public static (string Problem, int Line)? Unprintable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            bool pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairedSurrogate)
            {
                i++;
                continue;
            }

            bool bad = c is (< ' ' and not '\t' and not '\r') or '\u007F' or (>= '\u0080' and <= '\u009F' and not '\u0085') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
            if (bad)
            {
                string what = c == '\0' ? "a NUL byte (\\u0000)" : string.Create(CultureInfo.InvariantCulture, $"control character \\u{(int)c:X4}");
                string hint = c == '\0' ? " (NUL bytes mean a binary or UTF-16 file: save it as UTF-8 text)" : string.Empty;
                return (string.Create(CultureInfo.InvariantCulture, $"{what} at column {i - lineStart + 1}; YAML text cannot hold it: remove it{hint}"), line);
            }
        }

        return null;
    }

    [GeneratedRegex("^The anchor '(?<name>.*)' does not exists?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingAnchor();
}
