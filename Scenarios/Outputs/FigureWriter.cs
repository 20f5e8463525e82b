using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Figures;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// <c>burstsim run</c>'s figures, in every format asked for, each with its numbers as NAME.csv beside it:
/// figures/timeline (one panel per policy, replication 0 of the first case; further cases get timeline-CASE),
/// figures/lithops-timeline and lithops-histogram (Lithops' fexec.plot() pair, same cases and panels, so a real
/// run imported with <c>burstsim import</c> sits beside it), figures/startup-boxplot (one box per policy, cases side by side,
/// every replication pooled), and phase-breakdown.svg or keepalive-tradeoff.svg when they apply; named and coloured as
/// <c>burstsim figures</c> does.
/// </summary>
internal static partial class FigureWriter
{
    public static IReadOnlyList<string> Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results, IReadOnlyList<ExportFormat> formats)
    {
        var shown = results.Where(r => r.Timeline is not null && r.Startups is not null).ToArray();
        if (shown.Length == 0)
        {
            return [];
        }

        Execution.StagingRegistry.CreateDirectory(directory);
        var written = new List<string>(PhaseBreakdown.Write(directory, scenarioName, results));
        written.AddRange(KeepAliveTradeoff.Write(directory, scenarioName, results));
        var cases = shown.GroupBy(r => r.Unit.Case.Label, StringComparer.Ordinal).ToArray();
        for (int c = 0; c < cases.Length; c++)
        {
            Interruption.ThrowIfRequested();
            var panels = cases[c].Select(r => new TimelinePanel(FigureLabels.Policy(r.Unit.Policy), r.Timeline!)).ToArray();
            string label = FigureLabels.Case(cases[c].First().Unit.Case);
            string what = cases.Length == 1 ? scenarioName : $"{scenarioName} ({label})";
            string suffix = c == 0 ? "" : "-" + Safe(cases[c].Key);
            written.AddRange(Save(directory, "timeline" + suffix, TimelineChart.Render(panels, TimelineChart.Defaults with { Title = $"{what}: function timeline" }), formats));
            written.AddRange(Save(directory, "lithops-timeline" + suffix, LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Title = $"{what}: Lithops timeline" }), formats));
            written.AddRange(Save(directory, "lithops-histogram" + suffix, LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Title = $"{what}: active calls" }), formats));
        }

        var pooled = shown.Select(r => (Run: r, Startups: StudyResult.Pool(results, r))).Where(p => p.Startups.Count > 0).ToArray();
        if (pooled.Length > 0)
        {
            var boxes = pooled
                .Select(p => (FigureLabels.Policy(p.Run.Unit.Policy), cases.Length == 1 ? "startup" : FigureLabels.Case(p.Run.Unit.Case), p.Startups))
                .ToArray();
            int replications = results.Max(r => r.Unit.Replication) + 1;
            var options = BoxplotChart.Defaults with
            {
                Title = $"{scenarioName}: startup latency (worker_start - host_job_create)",
                XLabel = $"policy ({FigureLabels.Pooled(pooled.Select(p => p.Startups.Count), replications, "box")})",
            };
            written.AddRange(Save(directory, "startup-boxplot", BoxplotChart.Render(boxes, options), formats));
        }

        return written;
    }

    // The figure in each format, and the numbers it draws as NAME.csv.
    private static IEnumerable<string> Save(string directory, string name, ChartFigure figure, IReadOnlyList<ExportFormat> formats)
    {
        var files = figure.Save(directory, name, formats);
        File.WriteAllText(Path.Combine(directory, name + ".csv"), figure.Data.ToCsv(), RunOutputs.Utf8);
        return [.. files, name + ".csv"];
    }

    /// <summary>Characters of a label kept in a file name; a longer label is cut there and told apart by its hash (the figure's prefix and extension fit in the 255-byte limit on a name).</summary>
    internal const int MaxKept = 120;

    /// <summary>
    /// A file name part for a case label: the label itself when it is made of letters, digits, '.', '_' and '-', is at
    /// most <see cref="MaxKept"/> characters and does not already end like a hashed part; otherwise those kept (cut at
    /// <see cref="MaxKept"/>), the rest as '_', and the first 8 hex digits of the label's SHA-256, so that labels differing
    /// only in the replaced or cut characters ("b/c", "b c", "b:c", "b_c", or a literal "b_c-1a2b3c4d") never write the
    /// same file, and a 300-character label still gives a valid name.
    /// </summary>
    internal static string Safe(string label)
    {
        string kept = UnsafeCharacters().Replace(label, "_");
        if (kept == label && label.Length <= MaxKept && !HashedEnding().IsMatch(label))
        {
            return label;
        }

        return $"{kept[..Math.Min(kept.Length, MaxKept)]}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(label)))[..8]}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex("-[0-9a-f]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedEnding();
}
