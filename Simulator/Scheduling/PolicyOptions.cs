using System.Globalization;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// The options written for one policy, checked against its declared <see cref="PolicyOption"/>s: read them with
/// <see cref="Number"/>, <see cref="Integer"/>, <see cref="Flag"/> and <see cref="Text"/>, which fall back to the
/// declared defaults. Immutable; equal when the same values are written.
/// </summary>
public sealed class PolicyOptions : IEquatable<PolicyOptions>
{
    private readonly IReadOnlyList<PolicyOption> _declared;
    private readonly Dictionary<string, string> _written;

    internal PolicyOptions(IReadOnlyList<PolicyOption> declared, Dictionary<string, string> written)
    {
        _declared = declared;
        _written = written;
    }

    /// <summary>No options written, for a policy that declares <paramref name="declared"/> (tests and programs that build a policy directly).</summary>
    public static PolicyOptions Defaults(IReadOnlyList<PolicyOption> declared) => new(declared, new(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="name"/> was written.</summary>
    public bool IsWritten(string name) => _written.ContainsKey(name);

    /// <summary>A number option's value, or its default.</summary>
    /// <exception cref="ArgumentException">The policy declares no number option <paramref name="name"/>, or it has no default and was not written.</exception>
    public double Number(string name)
    {
        var option = Declared(name, PolicyOptionKind.Number, PolicyOptionKind.Integer);
        return _written.TryGetValue(name, out string? text)
            ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : option.Default ?? throw new ArgumentException($"option {name} has no default and was not written; check IsWritten first or declare a default", nameof(name));
    }

    /// <summary>A number option's value, or null when neither written nor defaulted.</summary>
    /// <exception cref="ArgumentException">The policy declares no number option <paramref name="name"/>.</exception>
    public double? NumberOrNull(string name)
    {
        var option = Declared(name, PolicyOptionKind.Number, PolicyOptionKind.Integer);
        return _written.TryGetValue(name, out string? text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : option.Default;
    }

    /// <summary>The value of <paramref name="name"/> if it was written as a number (whatever the policy declares); null otherwise. For outputs that chart a swept option.</summary>
    public double? WrittenNumber(string name) =>
        _written.TryGetValue(name, out string? text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    /// <summary>A whole-number option's value, or its default.</summary>
    /// <exception cref="ArgumentException">The policy declares no integer option <paramref name="name"/>, or it has no default and was not written.</exception>
    public int Integer(string name) => IntegerOrNull(name)
        ?? throw new ArgumentException($"option {name} has no default and was not written; check IsWritten first or declare a default", nameof(name));

    /// <summary>A whole-number option's value, or null when neither written nor defaulted.</summary>
    /// <exception cref="ArgumentException">The policy declares no integer option <paramref name="name"/>.</exception>
    public int? IntegerOrNull(string name)
    {
        var option = Declared(name, PolicyOptionKind.Integer);
        return _written.TryGetValue(name, out string? text) ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : (int?)option.Default;
    }

    /// <summary>Whether a flag was written.</summary>
    /// <exception cref="ArgumentException">The policy declares no flag <paramref name="name"/>.</exception>
    public bool Flag(string name)
    {
        Declared(name, PolicyOptionKind.Flag);
        return _written.ContainsKey(name);
    }

    /// <summary>A text option's value, or its default (null if none).</summary>
    /// <exception cref="ArgumentException">The policy declares no text option <paramref name="name"/>.</exception>
    public string? Text(string name)
    {
        var option = Declared(name, PolicyOptionKind.Text);
        return _written.TryGetValue(name, out string? text) ? text : option.TextDefault;
    }

    /// <summary>The written options in declared order, each as written canonically (<c>g=6</c>, <c>join</c>, <c>interval=0.05</c>).</summary>
    internal IReadOnlyList<string> Canonical =>
    [
        .. _declared.Where(o => _written.ContainsKey(o.Name)).Select(o => o.Kind == PolicyOptionKind.Flag ? o.Name : $"{o.Name}={_written[o.Name]}"),
    ];

    /// <summary>Every declared option with its value, written or default (<c>alpha=0.5</c>, a flag only when written), in declared order.</summary>
    public IReadOnlyList<string> Effective =>
    [
        .. _declared.Select(o => o.Kind == PolicyOptionKind.Flag
                ? (_written.ContainsKey(o.Name) ? o.Name : null)
                : _written.TryGetValue(o.Name, out string? v) ? $"{o.Name}={v}"
                : o.Default is { } d ? $"{o.Name}={d.ToString(CultureInfo.InvariantCulture)}"
                : o.TextDefault is { } t ? $"{o.Name}={t}"
                : null)
            .OfType<string>(),
    ];

    /// <inheritdoc/>
    public bool Equals(PolicyOptions? other) => other is not null && Canonical.SequenceEqual(other.Canonical, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PolicyOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(string.Join(",", Canonical));

    /// <inheritdoc/>
    public override string ToString() => string.Join(",", Canonical);

    private PolicyOption Declared(string name, params PolicyOptionKind[] kinds) =>
        _declared.FirstOrDefault(o => o.Name == name && kinds.Contains(o.Kind))
        ?? throw new ArgumentException($"the policy declares no {string.Join(" or ", kinds).ToLowerInvariant()} option '{name}' (declared: {string.Join(", ", _declared.Select(o => o.Name))})", nameof(name));
}
