namespace Burstsim.Results.Charts;

/// <summary>
/// Okabe-Ito colours (readable with every common colour-vision deficiency), assigned so that a
/// policy or an invoker has the same colour in every figure of a report.
/// </summary>
public static class Palette
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    /// <summary>All eight, in Okabe and Ito's order.</summary>
    public static IReadOnlyList<string> OkabeIto { get; } = [Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple];

    // Colours not taken by a known policy; unknown names hash into these. Black (hides a box
    // plot's median line) and yellow (faint as a line on white) are only handed out on clashes.
    private static readonly string[] OtherPolicyColors = [Orange, SkyBlue, ReddishPurple];

    // Order in which a figure hands out colours on a clash; yellow last, it is faint on white.
    private static readonly string[] FreeOrder = [Blue, Vermillion, BluishGreen, Orange, SkyBlue, ReddishPurple, Black, Yellow];

    /// <summary>Invokers or invoker groups get their own colours up to this many; beyond it invokers are grouped.</summary>
    public const int MaxInvokerColors = 12;

    /// <summary>
    /// <paramref name="count"/> distinct colours for invokers (or invoker groups), evenly spaced along
    /// viridis (a sequential map readable in grey and by colour-blind readers, matching the invokers'
    /// order). None is an Okabe-Ito policy colour, so an invoker is never mistaken for a policy.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">count is below 1 or above <see cref="MaxInvokerColors"/>.</exception>
    public static IReadOnlyList<string> ForInvokers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxInvokerColors);
        var map = new ScottPlot.Colormaps.Viridis();
        // The last tenth of viridis is a pale yellow that vanishes on white; stop before it.
        return [.. Enumerable.Range(0, count).Select(i => map.GetColor(count == 1 ? 0.35 : 0.9 * i / (count - 1)).ToHex())];
    }

    /// <summary>
    /// The fixed colour of a known policy family, else null: classic, burst, faasbatch, also with
    /// a variant after a slash, colon or space ("burst/heterogeneous", "burst:g=2", "burst g=2"), case-insensitive.
    /// </summary>
    public static string? KnownPolicy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        // The family is the first word: "burst/heterogeneous", "burst:g=2" and "burst g=2" are all burst.
        int end = trimmed.IndexOfAny(['/', ':', ' ']);
        string family = end < 0 ? trimmed : trimmed[..end];
        return family.ToUpperInvariant() switch
        {
            "CLASSIC" => Vermillion,
            "BURST" => Blue,
            "FAASBATCH" => BluishGreen,
            _ => null,
        };
    }

    /// <summary>
    /// Colour of one policy (or any series name): fixed for known policies, otherwise picked by a
    /// stable hash of the name (FNV-1a, not string.GetHashCode, which changes per process).
    /// Two unknown names may share a colour; <see cref="ForSeries"/> resolves that within a figure.
    /// </summary>
    public static string ForPolicy(string name) => KnownPolicy(name) ?? OtherPolicyColors[HashSlot(name)];

    /// <summary>
    /// Colours for the series of one figure: each gets its <see cref="ForPolicy"/> colour unless an
    /// earlier series holds it, then the next free one in Okabe-Ito order (colours repeat only beyond
    /// eight series).
    /// </summary>
    public static IReadOnlyList<string> ForSeries(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var colors = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            string color = ForPolicy(names[i]);
            if (taken.Contains(color))
            {
                color = FreeOrder.FirstOrDefault(c => !taken.Contains(c)) ?? color;
            }

            taken.Add(color);
            colors[i] = color;
        }

        return colors;
    }

    private static int HashSlot(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name.Trim().ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % (uint)OtherPolicyColors.Length);
    }
}
