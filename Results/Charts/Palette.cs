namespace Burstsim.Results.Charts;

/// <summary>
/// Okabe-Ito colours (readable with every common colour-vision deficiency), assigned so that a
/// policy or an invoker has the same colour in every figure of a report.
/// </summary>
internal static class Palette
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    // Invokers or invoker groups get their own colours up to this many; beyond it invokers are grouped.
    public const int MaxInvokerColors = 12;

    public static IReadOnlyList<string> OkabeIto { get; } = [Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple];

    // Colours not taken by a known policy; unknown names hash into these. Black (hides a box
    // plot's median line) and yellow (faint as a line on white) are only handed out on clashes.
    private static readonly string[] OtherPolicyColors = [Orange, SkyBlue, ReddishPurple];

    // Order in which a figure hands out colours on a clash; yellow last, it is faint on white.
    private static readonly string[] FreeOrder = [Blue, Vermillion, BluishGreen, Orange, SkyBlue, ReddishPurple, Black, Yellow];

    // Viridis: sequential, readable in grey and by colour-blind readers, in the invokers' order, and
    // sharing no colour with the Okabe-Ito policy colours. Its last tenth, a pale yellow, vanishes on white.
    public static IReadOnlyList<string> ForInvokers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxInvokerColors);
        var map = new ScottPlot.Colormaps.Viridis();
        return [.. Enumerable.Range(0, count).Select(i => map.GetColor(count == 1 ? 0.35 : 0.9 * i / (count - 1)).ToHex())];
    }

    // The policy family is the first word ("burst/heterogeneous", "burst:g=2" and "burst g=2" are all burst);
    // other names hash (FNV-1a; string.GetHashCode changes per process) into the colours no known policy has.
    public static string ForPolicy(string name) => name.Trim().Split('/', ':', ' ')[0].ToUpperInvariant() switch
    {
        "CLASSIC" => Vermillion,
        "BURST" => Blue,
        "FAASBATCH" => BluishGreen,
        _ => OtherPolicyColors[name.Trim().ToUpperInvariant().Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619) % (uint)OtherPolicyColors.Length],
    };

    // Each series its policy colour unless an earlier series holds it, then the first free one: repeats only beyond eight.
    public static IReadOnlyList<string> ForSeries(IReadOnlyList<string> names)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // taken.Add is false for a colour already held, so the first it accepts is the first free one.
        return [.. names.Select(n => ForPolicy(n) is var own && taken.Add(own) ? own : FreeOrder.FirstOrDefault(taken.Add) ?? own)];
    }
}
