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
/// every replication pooled), and phase-breakdown or keepalive-tradeoff when they apply; named and coloured as
/// <c>burstsim figures</c> does, in its screen or paper style (<c>run --style paper --width 3.5in</c>). Paper figures carry
/// no title: figures/captions.md gives each figure's title, as the figure set's captions file does.
/// </summary>
internal static partial class FigureWriter
{
    /// <summary>The captions file of paper-style figures, beside them.</summary>
    public const string CaptionsFile = "captions.md";

    /// <summary>The steps <see cref="Write"/> reports for <paramref name="results"/>: one per figure (three per case, the box plot, the two extras).</summary>
    public static int Steps(IReadOnlyList<UnitResult> results) =>
        (3 * results.Where(Shown).Select(r => r.Unit.Case.Label).Distinct(StringComparer.Ordinal).Count()) + 3;

    /// <param name="step">Called as each figure is drawn (for a progress line); null for none.</param>
    public static IReadOnlyList<string> Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results, IReadOnlyList<ExportFormat> formats, FigureStyle? style = null, Action? step = null)
    {
        step ??= () => { };
        style ??= FigureStyle.Screen;
        var shown = results.Where(Shown).ToArray();
        if (shown.Length == 0)
        {
            return [];
        }

        Execution.StagingRegistry.CreateDirectory(directory);
        var captions = new List<(string Stem, string Title, string Caption)>();
        var written = new List<string>();
        void Extra((IReadOnlyList<string> Files, string? Title) figure, string stem)
        {
            written.AddRange(figure.Files);
            if (figure.Title is { } title)
            {
                captions.Add((stem, title, ""));
            }
        }

        Extra(PhaseBreakdown.Write(directory, scenarioName, results, formats, style), PhaseBreakdown.Stem);
        step();
        Extra(KeepAliveTradeoff.Write(directory, scenarioName, results, formats, style), KeepAliveTradeoff.Stem);
        step();
        IEnumerable<string> Save(string name, ChartFigure figure, string title)
        {
            // Every caption names the CSV that holds the figure's numbers.
            captions.Add((name, title, (Figures.FigureCaption.WithNotes("", figure) + $" Data: figures/{name}.csv.").TrimStart()));
            return SaveWithData(directory, name, figure, formats);
        }

        var cases = shown.GroupBy(r => r.Unit.Case.Label, StringComparer.Ordinal).ToArray();
        var scenarioCases = cases.Select(g => g.First().Unit.Case).ToArray();
        // A case with a workers column names every file by its function count ("timeline-48-functions"): the first
        // case's files without a suffix and the others' "-w96" read as two namings of one thing (review 24c). Should two
        // stems still meet (a case named like another's count), every case takes its own name's suffix, which are unique.
        string[] suffixes = [.. cases.Select((g, c) => FigureLabels.CaseStem(g.First().Unit.Case, scenarioCases) is { } stem ? "-" + Safe(stem) : c == 0 ? "" : "-" + Safe(g.Key))];
        if (suffixes.Distinct(StringComparer.OrdinalIgnoreCase).Count() < suffixes.Length)
        {
            suffixes = [.. cases.Select((g, c) => c == 0 ? "" : "-" + Safe(g.Key))];
        }

        for (int c = 0; c < cases.Length; c++)
        {
            Interruption.ThrowIfRequested();
            var panels = cases[c].Select(r => new TimelinePanel(FigureLabels.Policy(r.Unit.Policy), r.Timeline!)).ToArray();
            string label = FigureLabels.Case(cases[c].First().Unit.Case, scenarioCases);
            string what = cases.Length == 1 ? scenarioName : $"{scenarioName} ({label})";
            string suffix = suffixes[c];
            string timeline = $"{what}: function timeline", lithops = $"{what}: Lithops timeline", active = $"{what}: active calls";
            written.AddRange(Save("timeline" + suffix, TimelineChart.Render(panels, TimelineChart.Defaults with { Title = timeline, Style = style }), timeline));
            step();
            written.AddRange(Save("lithops-timeline" + suffix, LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Title = lithops, Style = style }), lithops));
            step();
            written.AddRange(Save("lithops-histogram" + suffix, LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Title = active, Style = style }), active));
            step();
        }

        var pooled = shown.Select(r => (Run: r, Startups: StudyResult.Pool(results, r))).Where(p => p.Startups.Count > 0).ToArray();
        if (pooled.Length > 0)
        {
            var boxes = pooled
                .Select(p => (FigureLabels.Policy(p.Run.Unit.Policy), cases.Length == 1 ? "startup" : FigureLabels.Case(p.Run.Unit.Case, scenarioCases), p.Startups))
                .ToArray();
            int replications = results.Max(r => r.Unit.Replication) + 1;
            var options = BoxplotChart.Defaults with
            {
                Title = $"{scenarioName}: startup latency (worker_start - host_job_create)",
                XLabel = $"policy ({FigureLabels.Pooled(pooled.Select(p => p.Startups.Count), replications, "box")})",
                Style = style,
            };
            written.AddRange(Save("startup-boxplot", BoxplotChart.Render(boxes, options), options.Title));
        }

        step();

        if (style.IsPaper)
        {
            written.Add(WriteCaptions(directory, captions, formats));
        }

        return written;
    }

    private static bool Shown(UnitResult result) => result.Timeline is not null && result.Startups is not null;

    // Paper figures have no title of their own: the captions file names each figure's files and title, for a paper's figure environment.
    // The text of each entry is the figure set's (Figures.FigureCaption): the chart's notes (outliers beyond the axis with
    // their count and maximum, aggregated bars) follow the title, as in the figures command's captions.
    internal static string WriteCaptions(string directory, IReadOnlyList<(string Stem, string Title, string Caption)> captions, IReadOnlyList<ExportFormat> formats)
    {
        var text = new System.Text.StringBuilder("# Figure captions\n\n");
        foreach (var (stem, title, caption) in captions)
        {
            Figures.FigureCaption.Append(text, string.Join(", ", formats.Select(f => stem + ExportFormats.Extension(f))), title, caption);
        }

        File.WriteAllText(Path.Combine(directory, CaptionsFile), text.ToString(), RunOutputs.Utf8);
        return CaptionsFile;
    }

    // The figure in each format, and the numbers it draws as NAME.csv.
    internal static IEnumerable<string> SaveWithData(string directory, string name, ChartFigure figure, IReadOnlyList<ExportFormat> formats)
    {
        var files = figure.Save(directory, name, formats);
        File.WriteAllText(Path.Combine(directory, name + ".csv"), figure.Data.ToCsv(), RunOutputs.Utf8);
        return [.. files, name + ".csv"];
    }

    /// <summary>Characters of a label kept in a file name; a longer label is cut there and told apart by its hash (the figure's prefix and extension fit in the 255-byte limit on a name).</summary>
    internal const int MaxKept = 120;

    /// <summary>
    /// A file name part for a case label: the label itself when it is made of lower-case letters, digits, '.', '_' and '-', is at
    /// most <see cref="MaxKept"/> characters and does not already end like a hashed part; otherwise those kept (cut at
    /// <see cref="MaxKept"/>), the rest as '_', and the first 8 hex digits of the label's SHA-256, so that labels differing
    /// only in the replaced or cut characters ("b/c", "b c", "b:c", "b_c", or a literal "b_c-1a2b3c4d") or in letter case
    /// ("B_C": a label with an upper-case letter is hashed too) never write the same file, not even on a case-insensitive
    /// disk, and a 300-character label still gives a valid name.
    /// </summary>
    internal static string Safe(string label)
    {
        string kept = UnsafeCharacters().Replace(label, "_");
        // Upper-case letters are kept but hashed: "B_C" and "b_c" are one file on a case-insensitive disk (macOS, Windows).
        if (kept == label && label.Length <= MaxKept && !HashedEnding().IsMatch(label) && !label.Any(char.IsAsciiLetterUpper))
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
