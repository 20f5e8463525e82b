using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// A node of the scenario with its field path (e.g. <c>cluster.invokers[2].cpus</c>): typed reads that
/// fail with an <see cref="Cli.InputException"/> naming the path and the line.
/// </summary>
internal sealed class Field(ScenarioDocument document, YamlNode node, string path, YamlNode? key = null)
{
    public ScenarioDocument Document { get; } = document;

    public YamlNode Node { get; } = node;

    public string Path { get; } = document.KnownPath(node) ?? path;

    public bool IsNull => ScenarioDocument.IsNull(Node);

    public bool IsScalar => Node is YamlScalarNode;

    public bool IsMapping => Node is YamlMappingNode;

    /// <summary>An error at this field: at the line of its key when it has one (a block list or mapping starts on the next line).</summary>
    public Cli.InputException Error(string problem) => Document.Error(Node, Path, problem, key);

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Join(string path, PathSegment segment) =>
        segment.IsIndex ? $"{path}[{segment.Index.ToString(CultureInfo.InvariantCulture)}]" : Join(path, segment.Key!);

    public FieldMap AsMap() => Node is YamlMappingNode map
        ? new FieldMap(this, map)
        : throw Error($"expected a mapping (key: value lines), got {ScenarioDocument.Describe(Node)}");

    /// <summary>The items of a list; a single scalar counts as a one-item list when <paramref name="scalarIsList"/>.</summary>
    public IReadOnlyList<Field> AsList(bool scalarIsList = false) => Node switch
    {
        YamlSequenceNode list => [.. list.Children.Select((item, i) => new Field(Document, item, $"{Path}[{i.ToString(CultureInfo.InvariantCulture)}]"))],
        YamlScalarNode when scalarIsList && !IsNull => [this],
        _ => throw Error($"expected a list (- item lines or [a, b]), got {ScenarioDocument.Describe(Node)}"),
    };

    public string AsText()
    {
        if (Node is not YamlScalarNode scalar || IsNull)
        {
            throw Error($"expected a text value, got {ScenarioDocument.Describe(Node)}");
        }

        return scalar.Value ?? string.Empty;
    }

    /// <summary>A name (scenario, case, invoker, tenant): one line of text, since it is a CSV cell, a table row and part of file names.</summary>
    /// <exception cref="InputException">The value is not text, is empty, or holds a control character (a line break, a tab).</exception>
    public string AsName()
    {
        string text = AsText().Trim();
        int control = text.AsSpan().IndexOfAnyInRange('\0', '\x1f');
        if (control < 0)
        {
            control = text.IndexOf('\x7f', StringComparison.Ordinal);
        }

        if (control >= 0)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"holds {ControlCharacter(text[control])} at position {control + 1}; a name is one line of text without control characters"));
        }

        return text.Length > 0 ? text : throw Error("must not be empty");
    }

    /// <summary>
    /// A control character in words, by what it is: a line break, a carriage return or a tab by name, any other (an
    /// escape, U+001B, pasted from a coloured terminal) as "control character \u001B" (messages write control characters so).
    /// </summary>
    public static string ControlCharacter(char c) => c switch
    {
        '\n' => "a line break (control character \\u000A)",
        '\r' => "a carriage return (control character \\u000D)",
        '\t' => "a tab (control character \\u0009)",
        _ => string.Create(CultureInfo.InvariantCulture, $"control character \\u{(int)c:X4}"),
    };

    /// <summary>Free text (a scenario's description): may span lines, must not be empty.</summary>
    public string AsDescription()
    {
        string text = AsText().Trim();
        return text.Length > 0 ? text : throw Error("must not be empty");
    }

    public double AsDouble(NumberRange range)
    {
        string text = Scalar("a number");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw Error($"expected a number, got '{text}'");
        }

        if (!double.IsFinite(value))
        {
            // 1e309 parses (as infinity): it is a number, too large for any field; .inf and .nan are not numbers here.
            throw Error(double.IsNaN(value) || text.Contains("inf", StringComparison.OrdinalIgnoreCase)
                ? $"expected a finite number ({range.Describe()}), got '{text}'"
                : $"{text} is too large: {range.Describe()}");
        }

        return range.Contains(value) ? value : throw Error($"{range.Describe()}, got {text}");
    }

    public long AsLong(NumberRange range) => AsWhole(range, long.MinValue, long.MaxValue);

    public int AsInt(NumberRange range) => (int)AsWhole(range, int.MinValue, int.MaxValue);

    /// <summary>A whole number within <paramref name="range"/> and the type's own limits, which the message names when exceeded.</summary>
    private long AsWhole(NumberRange range, long min, long max)
    {
        string text = Scalar("a whole number");
        if (IsDigits(text) && (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long big) || big > max || big < min))
        {
            // Digits only, beyond what the field can hold: say the limit, not that it is not a number.
            bool negative = text.StartsWith('-');
            long limit = negative
                ? (double.IsFinite(range.Min) && range.Min > min ? (long)Math.Ceiling(range.Min) : min)
                : (double.IsFinite(range.Max) && range.Max < max ? (long)Math.Floor(range.Max) : max);
            throw Error(string.Create(CultureInfo.InvariantCulture, $"{text} is too {(negative ? "small" : "large")}: {range.Describe()}, and the {(negative ? "smallest" : "largest")} value this field holds is {limit}"));
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            // 1e15 or 2.0 is a number, only not written as a whole number: say what to write, with the range.
            throw Error(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? $"expected a whole number written in digits ({range.Describe()}), got {text}"
                : $"expected a whole number, got '{text}'");
        }

        return range.Contains(value) ? value : throw Error($"{range.Describe()}, got {text}");
    }

    private static bool IsDigits(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') || text.StartsWith('+') ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    public ulong AsULong()
    {
        string text = Scalar("a whole number");
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            ? value
            : throw Error($"expected a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
    }

    public bool AsBool()
    {
        string text = Scalar("true or false");
        return text.ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw Error($"expected true or false, got '{text}'"),
        };
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive), returned as written in the list.</summary>
    public string AsChoice(IReadOnlyList<string> choices)
    {
        string text = Scalar($"one of {string.Join(", ", choices)}");
        return choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
               ?? throw Error($"expected one of {string.Join(", ", choices)}, got '{text}'{Suggest.Hint(text, choices)}");
    }

    private string Scalar(string expected)
    {
        if (Node is not YamlScalarNode scalar || IsNull)
        {
            throw Error($"expected {expected}, got {ScenarioDocument.Describe(Node)}");
        }

        // A core-schema tag names the value's type (YamlGuard checks it fits the value); one that is not the field's own
        // type (!!float 4 for a count, !!bool for a number) is refused rather than read as if it were not there.
        const string core = "tag:yaml.org,2002:";
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value.StartsWith(core, StringComparison.Ordinal))
        {
            string type = scalar.Tag.Value[core.Length..];
            bool fits = expected switch
            {
                "a whole number" => type == "int",
                "a number" => type is "int" or "float",
                "true or false" => type == "bool",
                _ => true,
            };
            if (!fits)
            {
                throw Error($"is tagged !!{type}, but this field takes {expected}; remove the tag{(type == "float" && expected == "a whole number" ? " (and write the value as a whole number in digits)" : string.Empty)}");
            }
        }

        return (scalar.Value ?? string.Empty).Trim();
    }
}
