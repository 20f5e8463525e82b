using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Rewrites System.CommandLine's parse errors for people: a value that does not parse says what the
/// option takes (never a .NET type name such as <c>System.Nullable`1[System.UInt64]</c>), and an
/// unknown command or option gets a "did you mean". Every command's options go through here.
/// </summary>
internal static partial class ParseErrorText
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // After "--" every word is an argument: an option of the command written there is the cause of whatever fails
        // ("did you mean '--out'" for "--out", or "--out is required"), and only that is said.
        if (parse.Errors.Count > 0 && AfterDoubleDash(parse) is { } misplaced)
        {
            yield return $"'{misplaced}' comes after '--', which makes every later word an argument, not an option; put the options before '--' or leave '--' out";
            yield break;
        }

        // A mistyped command or option makes every later token (and a "required" option) an error too: only the first says something.
        var unknown = parse.Errors.FirstOrDefault(e => UnknownToken().IsMatch(e.Message));
        if (unknown is not null)
        {
            yield return Rewrite(unknown.Message, parse.CommandResult.Command);
            yield break;
        }

        foreach (var error in parse.Errors)
        {
            // One line per error: the library lists allowed values one per line.
            string text = string.Join(' ', Rewrite(error.Message, parse.CommandResult.Command).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            string? option = error.SymbolResult switch
            {
                OptionResult o => o.Option.Name,
                ArgumentResult { Parent: OptionResult o } => o.Option.Name,
                _ => null,
            };
            yield return option is null || text.StartsWith(option, StringComparison.Ordinal) ? text : $"{option}: {text}";
        }
    }

    // The first word after "--" that names one of the command's options (with or without "=value"), or null.
    private static string? AfterDoubleDash(ParseResult parse)
    {
        var words = parse.Tokens.Select(t => t.Value).ToList();
        int dash = words.IndexOf("--");
        if (dash < 0)
        {
            return null;
        }

        var names = parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        return words.Skip(dash + 1).FirstOrDefault(w => names.Contains(w.Split('=')[0]));
    }

    public static string Rewrite(string message, Command command)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var value = BadValue().Match(message);
        if (value.Success)
        {
            string type = value.Groups["type"].Value;
            string written = value.Groups["value"].Value;
            return $"{value.Groups["option"].Value}: '{written}' {OutOfRange(type, written) ?? $"is not {Expected(type)}"}";
        }

        var token = UnknownToken().Match(message);
        if (token.Success)
        {
            string written = token.Groups["token"].Value;
            if (written.StartsWith('-'))
            {
                return NotAnOption(written, command);
            }

            var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
            return commands.Length > 0
                ? $"'{written}' is not a command{Suggest.Hint(written, commands)} (commands: {string.Join(", ", commands)})"
                : $"unexpected argument '{written}' for '{command.Name}'";
        }

        return message;
    }

    /// <summary>
    /// That <paramref name="written"/> is not an option of <paramref name="command"/>, with a "did you mean" and its options;
    /// also for a command whose FILES argument took the unknown option as a value.
    /// </summary>
    public static string NotAnOption(string written, Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToArray();
        var longNames = names.Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToArray();
        // --help comes from the root command, so a command without options of its own has an empty list here.
        return longNames.Length == 0
            ? $"'{written}' is not an option of '{command.Name}', which takes no options (only --help)"
            : $"'{written}' is not an option of '{command.Name}'{Suggest.Hint(written, names)} (options: {string.Join(", ", longNames)})";
    }

    /// <summary>
    /// For a whole number written in digits that the option's type cannot hold (<c>--threads 99999999999</c>): that it is
    /// too large or too small, and the limit; null for anything else (it is then not a whole number at all).
    /// </summary>
    private static string? OutOfRange(string typeName, string written)
    {
        string inner = Nullable().Match(typeName) is { Success: true } m ? m.Groups["inner"].Value : typeName;
        (System.Numerics.BigInteger Min, System.Numerics.BigInteger Max)? range = inner switch
        {
            "System.Int32" => (int.MinValue, int.MaxValue),
            "System.Int64" => (long.MinValue, long.MaxValue),
            _ => null,
        };
        if (range is not { } limits || !WholeInDigits().IsMatch(written)
            || !System.Numerics.BigInteger.TryParse(written, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return number > limits.Max ? $"is too large: the largest value this option holds is {limits.Max}"
            : number < limits.Min ? $"is too small: the smallest value this option holds is {limits.Min}"
            : null;
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeInDigits();

    /// <summary>What a value of the option's type looks like, in words.</summary>
    private static string Expected(string typeName)
    {
        string inner = Nullable().Match(typeName) is { Success: true } m ? m.Groups["inner"].Value : typeName;
        return inner switch
        {
            "System.UInt64" => "a whole number from 0 to 18446744073709551615",
            "System.UInt32" => "a whole number from 0 to 4294967295",
            "System.Int32" => "a whole number",
            "System.Int64" => "a whole number",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            "System.IO.DirectoryInfo" => "a folder path",
            "System.IO.FileInfo" => "a file path",
            _ => "a valid value",
        };
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$", RegexOptions.Singleline)]
    private static partial Regex BadValue();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex UnknownToken();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$")]
    private static partial Regex Nullable();
}
