using System.Globalization;
using System.Text.RegularExpressions;

namespace Burstsim.Results.Charts;

/// <summary>
/// One colour per meaning across every figure (the table is docs/figures.md, "Colours"): a policy family has one
/// hue everywhere (burst granularities a sequential blue ramp, darker for larger g), invokers a fixed cycle of greys
/// by invoker number, workload sizes a purple ramp, phases pale tints, real vs simulated black vs grey, submit dots near
/// black, worker setup a pale sand. Policy, size and invoker colours stay apart in greyscale and under protanopia,
/// deuteranopia and tritanopia (tests/Results.Tests/Charts/PaletteTests checks it with the Machado et al. 2009 matrices).
/// Lithops' own pair keeps Lithops' colours (<see cref="LithopsCharts"/>): that is its convention, not ours.
/// </summary>
internal static partial class Palette
{
    /// <summary>Classic OpenWhisk: Okabe-Ito vermillion.</summary>
    public const string Classic = "#D55E00";

    /// <summary>Burst with the family's default granularity; a given g takes its place on <see cref="BurstRamp"/>.</summary>
    public const string Burst = "#0E3F78";

    /// <summary>FaaSBatch: a light bluish green, apart from classic and burst in greyscale.</summary>
    public const string FaasBatch = "#5CC8A0";

    /// <summary>Function submits (timeline dots).</summary>
    public const string Submit = "#222222";

    /// <summary>Worker setup (worker_start to func start) in the timeline: one tint, the same in bar and legend.</summary>
    public const string Setup = "#F2E6B0";

    /// <summary>Attempts lost to a fault.</summary>
    public const string Lost = "#B2182B";

    /// <summary>The measured sample of a validation.</summary>
    public const string Real = "#111111";

    /// <summary>The simulated sample of a validation.</summary>
    public const string Simulated = "#8A8A8A";

    // Invokers: a cycle of three greys by invoker number, so invoker k has one grey in every figure; three, so that
    // neighbours differ in lightness by 20+ CIELAB units and the submit dots, setup tint and lost red stay apart from them.
    public static IReadOnlyList<string> InvokerGreys { get; } = ["#3A3A3A", "#8A8A8A", "#C8C8C8"];

    // Burst granularities, g = 2 (lightest) to g >= 48 (darkest): blues at CIELAB (L*, C*, h) (88, 12, -108), (74, 25, -100),
    // (40, 50, -86), (28, 45, -78), (16, 36, -72), (5, 22, -70), after ColorBrewer Blues' hues. The ramp skips 41-73, the
    // band round classic's vermillion (L* 54): the running count draws classic beside every g, and Blues' own #4292C6
    // (L* 58) was classic's grey in greyscale. The dark end steps 12 in L* and changes chroma as well, so g = 12, 24 and 48
    // differ by CIE76 dE 14-17 (12 in greyscale); Blues' own points there, 8.5 L* apart, stepped by dE 10 (review 24c L11).
    public static IReadOnlyList<string> BurstRamp { get; } = ["#C9E0F2", "#90BAE3", "#0061B0", "#004286", "#032659", "#070E2D"];

    // Workload sizes, smallest lightest: ColorBrewer Purples.
    public static IReadOnlyList<string> SizeRamp { get; } = ["#BCBDDC", "#9E9AC8", "#807DBA", "#6A51A3", "#54278F", "#3F007D"];

    // Phases of a stacked bar: pale tints (Paul Tol's "light"), so no phase reads as a policy.
    public static IReadOnlyList<string> PhaseTints { get; } = ["#EEDD88", "#99DDFF", "#FFAABB", "#BBCC33", "#DDDDDD", "#EE8866", "#44BB99"];

    // Policies of other families (plug-ins, keep-alive policies): Okabe-Ito colours no family above has; FNV-1a of the name picks one.
    public static IReadOnlyList<string> OtherPolicies { get; } = ["#CC79A7", "#E69F00", "#56B4E9", "#999933"];

    /// <summary>The colour of a policy however written ("burst", "burst:g=2", "burst g=2 join", "classic/sharding"): its family's, a burst g on the ramp.</summary>
    public static string ForPolicy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        return trimmed.Split('/', ':', ' ')[0].ToUpperInvariant() switch
        {
            "CLASSIC" => Classic,
            "BURST" => Granularity().Match(trimmed) is { Success: true } m ? ForGranularity(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : Burst,
            "FAASBATCH" => FaasBatch,
            _ => OtherPolicies[(int)(trimmed.ToUpperInvariant().Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619) % (uint)OtherPolicies.Count)],
        };
    }

    // The paper's granularities (Figure 6) sit exactly on the ramp's steps; others between them on a log scale.
    private static readonly int[] RampGranularities = [2, 4, 6, 12, 24, 48];

    // The step (g = 6) whose lower neighbour (g = 4) lies across the lightness gap of BurstRamp.
    private const int GapStep = 2;

    /// <summary>Burst granularity g (functions per container) on the blue ramp: g = 2, 4, 6, 12, 24, 48 on its six steps, others between them (log scale; g = 5 the nearer step, across the ramp's gap), beyond 48 the darkest; g = 1 is classic.</summary>
    public static string ForGranularity(int g)
    {
        if (g <= 1)
        {
            return Classic;
        }

        int step = Array.FindIndex(RampGranularities, r => r >= g);
        if (step <= 0)
        {
            return BurstRamp[step == 0 ? 0 : ^1];
        }

        double t = Math.Log((double)g / RampGranularities[step - 1]) / Math.Log((double)RampGranularities[step] / RampGranularities[step - 1]);
        // Between g = 4 and 6 the ramp jumps over classic's lightness: a g there (5) takes the nearer step, not a mix.
        return step == GapStep ? BurstRamp[t < 0.5 ? step - 1 : step] : Mix(BurstRamp[step - 1], BurstRamp[step], t);
    }

    /// <summary>
    /// The colours of a figure's series by what their names mean: workload sizes ("48 functions", "96 workers") on the size
    /// ramp by their number, "real" and "simulated" (with an optional " (n=...)") black and grey, anything else a policy.
    /// </summary>
    public static IReadOnlyList<string> ForSeries(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var sizes = names.Select(n => Size().Match(n)).ToArray();
        if (names.Count > 0 && sizes.All(m => m.Success))
        {
            var values = sizes.Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
            var ranks = values.Distinct().Order().ToList();
            var ramp = ForSizes(ranks.Count);
            return [.. values.Select(v => ramp[ranks.IndexOf(v)])];
        }

        return [.. names.Select(n => n.Split(' ')[0] switch
        {
            "real" => Real,
            "simulated" => Simulated,
            _ => ForPolicy(n),
        })];
    }

    /// <summary><paramref name="count"/> workload sizes, smallest first, on the purple ramp (evenly spread; one size takes the middle).</summary>
    public static IReadOnlyList<string> ForSizes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return [.. Enumerable.Range(0, count).Select(i => count == 1 ? SizeRamp[3] : Mix(SizeRamp, (double)i / (count - 1)))];
    }

    /// <summary>Invoker number <paramref name="index"/>'s grey, the same in every figure.</summary>
    public static string ForInvoker(int index) => InvokerGreys[((index % InvokerGreys.Count) + InvokerGreys.Count) % InvokerGreys.Count];

    private static string Mix(IReadOnlyList<string> ramp, double t)
    {
        double x = Math.Clamp(t, 0, 1) * (ramp.Count - 1);
        return Mix(ramp[(int)Math.Floor(x)], ramp[(int)Math.Ceiling(x)], x - Math.Floor(x));
    }

    // Linear in sRGB between two "#RRGGBB" colours: close enough between neighbours of a ramp.
    private static string Mix(string a, string b, double t)
    {
        int Channel(string hex, int i) => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return "#" + string.Concat(Enumerable.Range(0, 3).Select(i => ((int)Math.Round(Channel(a, i) + ((Channel(b, i) - Channel(a, i)) * t))).ToString("X2", CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?) (?:functions|workers|jobs|calls)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    [GeneratedRegex(@"\bg=(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Granularity();
}
