using System.Globalization;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// One option a policy takes, as <c>name=value</c> (or a bare flag) after its name: <c>classic:my-balancer,alpha=0.3</c>.
/// The registry checks every written value against it before any run (exit 2 naming the value), so a policy reads
/// options it can trust. Make one with <see cref="Number"/>, <see cref="Integer"/>, <see cref="Flag"/> or <see cref="Text"/>.
/// </summary>
public sealed record PolicyOption
{
    private PolicyOption(string name, PolicyOptionKind kind, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (name.Any(c => c is ',' or '=' or '+' or ':' || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"an option name has no ',', '=', '+', ':' or space, got '{name}'", nameof(name));
        }

        Name = name;
        Kind = kind;
        Summary = summary;
    }

    /// <summary>The name as written before '='.</summary>
    public string Name { get; }

    /// <summary>The value's type.</summary>
    public PolicyOptionKind Kind { get; }

    /// <summary>What it means, with its unit: "the dispatch interval, s".</summary>
    public string Summary { get; }

    /// <summary>The value when the option is not written (null: no default; see <see cref="Required"/>).</summary>
    public double? Default { get; init; }

    /// <summary>The text default of a <see cref="PolicyOptionKind.Text"/> option.</summary>
    public string? TextDefault { get; init; }

    /// <summary>The option must be written (a policy with no sensible default for it).</summary>
    public bool Required { get; init; }

    /// <summary>Lowest accepted value (Number and Integer).</summary>
    public double Min { get; init; } = double.NegativeInfinity;

    /// <summary>Whether <see cref="Min"/> itself is refused (a value must be greater).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Highest accepted value (Number and Integer).</summary>
    public double Max { get; init; } = double.PositiveInfinity;

    /// <summary>A number option, <paramref name="min"/> to <paramref name="max"/> (inclusive unless <paramref name="minExclusive"/>).</summary>
    /// <exception cref="ArgumentException">The name has ',', '=', '+', ':' or space, or the range is empty.</exception>
    public static PolicyOption Number(string name, string summary, double? @default = null, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool minExclusive = false) =>
        Checked(new PolicyOption(name, PolicyOptionKind.Number, summary) { Default = @default, Min = min, Max = max, MinExclusive = minExclusive, Required = false });

    /// <summary>A whole-number option, <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentException">The name has ',', '=', '+', ':' or space, or the range is empty.</exception>
    public static PolicyOption Integer(string name, string summary, int? @default = null, int min = int.MinValue, int max = int.MaxValue) =>
        Checked(new PolicyOption(name, PolicyOptionKind.Integer, summary) { Default = @default, Min = min, Max = max });

    /// <summary>A flag: true when written bare.</summary>
    /// <exception cref="ArgumentException">The name has ',', '=', '+', ':' or space.</exception>
    public static PolicyOption Flag(string name, string summary) => new(name, PolicyOptionKind.Flag, summary);

    /// <summary>A text option.</summary>
    /// <exception cref="ArgumentException">The name has ',', '=', '+', ':' or space.</exception>
    public static PolicyOption Text(string name, string summary, string? @default = null) => new(name, PolicyOptionKind.Text, summary) { TextDefault = @default };

    /// <summary>How <c>burstsim policies</c> shows it: <c>alpha=NUMBER (default 0.3, 0 to 1): summary</c>.</summary>
    public string Describe()
    {
        string form = Kind switch
        {
            PolicyOptionKind.Flag => Name,
            PolicyOptionKind.Integer => Name + "=N",
            PolicyOptionKind.Number => Name + "=NUMBER",
            _ => Name + "=TEXT",
        };
        var notes = new List<string>();
        if (Required)
        {
            notes.Add("required");
        }
        else if (Default is { } d)
        {
            notes.Add("default " + d.ToString(CultureInfo.InvariantCulture));
        }
        else if (TextDefault is { } t)
        {
            notes.Add("default " + t);
        }

        if (Kind is PolicyOptionKind.Number or PolicyOptionKind.Integer && RangeText() is { Length: > 0 } range)
        {
            notes.Add(range);
        }

        return notes.Count == 0 ? $"{form}: {Summary}" : $"{form} ({string.Join(", ", notes)}): {Summary}";
    }

    /// <summary>The range in words: "of at least 1", "greater than 0", "from 0 to 1"; empty when unbounded.</summary>
    internal string RangeText()
    {
        string Text(double v) => v.ToString(CultureInfo.InvariantCulture);
        bool low = !double.IsNegativeInfinity(Min) && !(Kind == PolicyOptionKind.Integer && Min <= int.MinValue);
        bool high = !double.IsPositiveInfinity(Max) && !(Kind == PolicyOptionKind.Integer && Max >= int.MaxValue);
        return (low, high) switch
        {
            (true, true) when MinExclusive => $"greater than {Text(Min)} and at most {Text(Max)}",
            (true, true) => $"from {Text(Min)} to {Text(Max)}",
            (true, false) when MinExclusive => $"greater than {Text(Min)}",
            (true, false) => $"of at least {Text(Min)}",
            (false, true) => $"of at most {Text(Max)}",
            _ => string.Empty,
        };
    }

    /// <summary>The bound <paramref name="value"/> breaks, in words ("greater than 0", "of at most 10"); the whole range if none.</summary>
    internal string ViolatedRangeText(double value)
    {
        string Text(double v) => v.ToString(CultureInfo.InvariantCulture);
        bool low = MinExclusive ? value <= Min : value < Min;
        return low ? (MinExclusive ? $"greater than {Text(Min)}" : $"of at least {Text(Min)}")
            : value > Max ? $"of at most {Text(Max)}"
            : RangeText();
    }

    private static PolicyOption Checked(PolicyOption option)
    {
        if (double.IsNaN(option.Min) || double.IsNaN(option.Max) || option.Min > option.Max)
        {
            throw new ArgumentException($"option {option.Name}: the range {option.Min} to {option.Max} is empty", nameof(option));
        }

        return option;
    }
}
