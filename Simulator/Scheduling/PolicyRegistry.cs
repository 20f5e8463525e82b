using System.Globalization;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// Policy names to factories: the built-ins, plus those a program or a plug-in adds. Parses policy texts
/// (<c>family[:name][,option=value|flag]...[+family:...]</c>) into <see cref="PolicySpec"/>s, refusing unknown names and
/// bad options with a message that names the item and says what is accepted. Immutable: <see cref="With"/> returns a
/// new registry, so one handed to a loader cannot change under another.
/// </summary>
public sealed class PolicyRegistry
{
    private readonly IReadOnlyList<(PolicyFactory Factory, string Origin)> _entries;

    private PolicyRegistry(IReadOnlyList<(PolicyFactory, string)> entries) => _entries = entries;

    /// <summary>The policies that ship with burstsim.</summary>
    public static PolicyRegistry BuiltIn { get; } = new PolicyRegistry([]).With(BuiltInPolicies.All, PolicySelection.BuiltIn);

    /// <summary>Every policy: family order (<see cref="PolicyFamily.All"/>), then the family default, then by name.</summary>
    public IReadOnlyList<PolicySelection> Policies =>
    [
        .. _entries
            .OrderBy(e => IndexOf(e.Factory.Family)).ThenBy(e => e.Factory.IsFamilyDefault ? 0 : 1).ThenBy(e => e.Factory.Name, StringComparer.Ordinal)
            .Select(e => new PolicySelection(e.Factory, PolicyOptions.Defaults(e.Factory.Options), e.Origin)),
    ];

    /// <summary>A registry with <paramref name="factories"/> added, from <paramref name="origin"/> (a plug-in's path).</summary>
    /// <exception cref="ArgumentException">A factory's name is empty or malformed, repeats one already registered in its family, declares an option twice, implies itself by an undeclared option, or claims a family default.</exception>
    public PolicyRegistry With(IEnumerable<PolicyFactory> factories, string origin)
    {
        ArgumentNullException.ThrowIfNull(factories);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        var entries = _entries.ToList();
        foreach (var factory in factories)
        {
            string name = factory.Name ?? string.Empty;
            string where = $"{factory.GetType().FullName} ({origin})";
            if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                throw new ArgumentException($"{where}: a policy name is lower case letters, digits and '-', got '{name}'", nameof(factories));
            }

            if (entries.FirstOrDefault(e => e.Factory.Family == factory.Family && e.Factory.Name == name) is { Factory: not null } clash)
            {
                throw new ArgumentException($"{where}: {factory.Family.Name}:{name} is already defined by {clash.Factory.GetType().FullName} ({clash.Origin})", nameof(factories));
            }

            var options = factory.Options ?? [];
            if (options.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new ArgumentException($"{where}: declares the option '{twice.Key}' twice", nameof(factories));
            }

            if (factory.ImpliedBy is { } key && options.All(o => o.Name != key))
            {
                throw new ArgumentException($"{where}: ImpliedBy names '{key}', which is not one of its options", nameof(factories));
            }

            if (factory.IsFamilyDefault && (origin != PolicySelection.BuiltIn || entries.Any(e => e.Factory.Family == factory.Family && e.Factory.IsFamilyDefault)))
            {
                throw new ArgumentException($"{where}: only the built-in {factory.Family.Name} policy is the family's default", nameof(factories));
            }

            entries.Add((factory, origin));
        }

        return new PolicyRegistry(entries);
    }

    /// <summary>
    /// Parses a policy text: one placement policy, then '+' and lifecycle policies, each
    /// <c>family[:name][,option...]</c>. Examples: <c>classic</c>, <c>classic:round-robin</c>, <c>burst:g=6,join</c>,
    /// <c>faasbatch:interval=0.05</c>, <c>classic+keep-alive:fixed,minutes=10</c>.
    /// </summary>
    /// <exception cref="FormatException">Unknown family or policy, an option it does not take, a value of the wrong type or range, a family twice, or no placement policy first; the message names the item and lists what is accepted.</exception>
    public PolicySpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        var parts = SplitPolicies(trimmed);
        var selections = new List<PolicySelection>();
        foreach (string part in parts)
        {
            var selection = ParseOne(part, text);
            if (selections.Any(s => s.Factory.Family == selection.Factory.Family))
            {
                throw new FormatException($"policy '{text}' names the {selection.Factory.Family.Name} family twice; give each family at most once");
            }

            if (selections.Count == 0 != selection.Factory.Family.IsPlacement)
            {
                throw new FormatException(selections.Count == 0
                    ? $"policy '{text}' starts with a {selection.Factory.Family.Noun}; start with classic, burst or faasbatch, then '+{selection.Name}'"
                    : $"policy '{text}' has two placement policies; one of classic, burst or faasbatch, then '+' and keep-alive, prewarm or eviction policies");
            }

            selections.Add(selection);
        }

        PolicySelection? Of(PolicyFamily f) => selections.FirstOrDefault(s => s.Factory.Family == f);
        return new PolicySpec(selections[0], Of(PolicyFamily.KeepAlive), Of(PolicyFamily.Prewarm), Of(PolicyFamily.Eviction));
    }

    /// <summary>The accepted forms, for messages: "classic[:sharding|round-robin|...], burst[...], ...".</summary>
    internal string Forms() => string.Join("; ", PolicyFamily.All.Select(f => $"{f.Name}:{string.Join("|", Of(f).Select(e => e.Factory.Name))}"));

    private PolicySelection ParseOne(string part, string text)
    {
        int colon = part.IndexOf(':', StringComparison.Ordinal);
        string head = colon < 0 ? part : part[..colon].Trim();
        var family = PolicyFamily.All.FirstOrDefault(f => f.Name == head) ?? throw Unknown(text);
        var items = colon < 0 ? [] : part[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var inFamily = Of(family).ToList();

        (PolicyFactory Factory, string Origin)? chosen = null;
        if (items.Count > 0 && !items[0].Contains('=', StringComparison.Ordinal) && inFamily.FirstOrDefault(e => e.Factory.Name == items[0]) is { Factory: not null } named)
        {
            chosen = named;
            items.RemoveAt(0);
        }

        chosen ??= inFamily.FirstOrDefault(e => e.Factory.ImpliedBy is { } key && items.Any(i => Key(i) == key)) is { Factory: not null } implied
            ? implied
            : inFamily.FirstOrDefault(e => e.Factory.IsFamilyDefault) is { Factory: not null } fallback ? fallback : null;
        if (chosen is not { } entry)
        {
            throw new FormatException($"policy '{text}' names no {family.Noun}; use {family.Name}:NAME with one of: {string.Join(", ", inFamily.Select(e => e.Factory.Name))}");
        }

        var declared = entry.Factory.Options ?? [];
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            string key = Key(item);
            var option = declared.FirstOrDefault(o => o.Name == key);
            if (option is null)
            {
                throw new FormatException(NotAnOption(item, text, family, entry.Factory, inFamily.Select(e => e.Factory)));
            }

            if (written.ContainsKey(key))
            {
                throw new FormatException($"'{item}' in policy '{text}': {key} is written twice");
            }

            written[key] = Value(item, option, text);
        }

        if (declared.FirstOrDefault(o => o.Required && !written.ContainsKey(o.Name)) is { } missing)
        {
            throw new FormatException($"policy '{text}': {entry.Factory.Family.Name}:{entry.Factory.Name} needs {missing.Name} ({missing.Summary}), e.g. {family.Name}:{entry.Factory.Name},{missing.Name}=...");
        }

        var options = new PolicyOptions(declared, written);
        try
        {
            entry.Factory.Validate(options);
        }
        catch (FormatException e)
        {
            throw new FormatException($"policy '{text}': {e.Message}", e);
        }

        return new PolicySelection(entry.Factory, options, entry.Origin);
    }

    private static string Value(string item, PolicyOption option, string text)
    {
        int eq = item.IndexOf('=', StringComparison.Ordinal);
        if (option.Kind == PolicyOptionKind.Flag)
        {
            return eq < 0 ? string.Empty : throw new FormatException($"'{item}' in policy '{text}': {option.Name} is a flag; write it bare ({option.Name}), without a value");
        }

        string value = eq < 0 ? string.Empty : item[(eq + 1)..].Trim();
        string range = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double given) && double.IsFinite(given)
            ? option.ViolatedRangeText(given)
            : option.RangeText();
        string what = option.Kind switch
        {
            PolicyOptionKind.Integer => "a whole number" + (range.Length > 0 ? " " + range : string.Empty),
            PolicyOptionKind.Number => "a number" + (range.Length > 0 ? " " + range : string.Empty),
            _ => "a text",
        };
        string bad = $"'{item}' in policy '{text}': {option.Name} ({option.Summary}) must be {what}, got '{value}'";
        switch (option.Kind)
        {
            case PolicyOptionKind.Integer:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole) || !InRange(whole, option) || whole is < int.MinValue or > int.MaxValue)
                {
                    throw new FormatException(bad);
                }

                return whole.ToString(CultureInfo.InvariantCulture);
            case PolicyOptionKind.Number:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number) || !InRange(number, option))
                {
                    throw new FormatException(bad);
                }

                return (number == 0 ? 0.0 : number).ToString(CultureInfo.InvariantCulture); // -0 is 0
            default:
                return value.Length > 0 ? value : throw new FormatException(bad);
        }
    }

    /// <summary>Splits at each '+' that is followed by a family name, so an option value may carry a sign (p=+50).</summary>
    private static List<string> SplitPolicies(string text)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '+' && StartsWithFamily(text.AsSpan(i + 1).TrimStart()))
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    private static bool StartsWithFamily(ReadOnlySpan<char> rest)
    {
        foreach (var family in PolicyFamily.All)
        {
            if (rest.StartsWith(family.Name, StringComparison.Ordinal) && (rest.Length == family.Name.Length || rest[family.Name.Length] is ':' or '+' || char.IsWhiteSpace(rest[family.Name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InRange(double value, PolicyOption option) =>
        (option.MinExclusive ? value > option.Min : value >= option.Min) && value <= option.Max;

    private static string NotAnOption(string item, string text, PolicyFamily family, PolicyFactory factory, IEnumerable<PolicyFactory> family_)
    {
        string takes = factory.Options.Count == 0 ? "takes no options" : "takes " + string.Join(", ", factory.Options.Select(o => o.Kind == PolicyOptionKind.Flag ? o.Name : o.Name + "=..."));
        string others = string.Join(", ", family_.Select(f => f.Name));
        return item.Contains('=', StringComparison.Ordinal)
            ? $"'{item}' in policy '{text}': {Key(item)} is not an option of {family.Name}:{factory.Name}, which {takes}"
            : $"'{item}' in policy '{text}' is not a {family.Noun}: {family.Name}:{factory.Name} {takes}; the {family.Name} policies are {others} ('burstsim policies' lists them with their options; a plug-in's policy needs --plugin FILE.dll or plugins: in the scenario)";
    }

    private static string Key(string item)
    {
        int eq = item.IndexOf('=', StringComparison.Ordinal);
        return (eq < 0 ? item : item[..eq]).Trim();
    }

    private IEnumerable<(PolicyFactory Factory, string Origin)> Of(PolicyFamily family) =>
        _entries.Where(e => e.Factory.Family == family).OrderBy(e => e.Factory.IsFamilyDefault ? 0 : 1).ThenBy(e => e.Factory.Name, StringComparer.Ordinal);

    private static int IndexOf(PolicyFamily family) => PolicyFamily.All.ToList().IndexOf(family);

    private FormatException Unknown(string text) => new(
        $"unknown policy '{text}'. Use classic, classic:round-robin|least-loaded|random, burst, burst:g=N, burst:join, burst:g=N,join, faasbatch, faasbatch:interval=SECONDS, cloud:aws-lambda or cloud:gcp-functions, " +
        $"optionally followed by +keep-alive:NAME, +prewarm:NAME or +eviction:NAME ('burstsim policies' lists every policy: {Forms()})");
}
