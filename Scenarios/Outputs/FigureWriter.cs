using System.Text.RegularExpressions;
using Burstsim.Results.Charts;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// figures/timeline.svg (one panel per policy, replication 0 of the first case; further cases get
/// timeline-CASE.svg) and figures/startup-boxplot.svg (one box per policy, cases side by side).
/// </summary>
internal static partial class FigureWriter
{
    public static IReadOnlyList<string> Write(string directory, string scenarioName, IReadOnlyList<UnitResult> results)
    {
        var shown = results.Where(r => r.Timeline is not null && r.Startups is not null).ToArray();
        if (shown.Length == 0)
        {
            return [];
        }

        Directory.CreateDirectory(directory);
        var written = new List<string>(PhaseBreakdown.Write(directory, scenarioName, results));
        var cases = shown.GroupBy(r => r.Unit.Case.Label, StringComparer.Ordinal).ToArray();
        for (int c = 0; c < cases.Length; c++)
        {
            var panels = cases[c].Select(r => new TimelinePanel(r.Unit.Policy.Name, r.Timeline!)).ToArray();
            string title = cases.Length == 1 ? $"{scenarioName}: function timeline" : $"{scenarioName} ({cases[c].Key}): function timeline";
            string name = c == 0 ? "timeline.svg" : $"timeline-{Safe(cases[c].Key)}.svg";
            TimelineChart.Render(panels, new TimelineOptions { Title = title }).Save(Path.Combine(directory, name));
            written.Add(name);
        }

        var boxes = shown
            .Where(r => r.Startups!.Count > 0)
            .Select(r => BoxplotBox.FromValues(r.Unit.Policy.Name, cases.Length == 1 ? "startup" : r.Unit.Case.Label, r.Startups!))
            .ToArray();
        if (boxes.Length > 0)
        {
            var options = new BoxplotOptions { Title = $"{scenarioName}: startup latency (worker_start - host_job_create)", XLabel = "policy" };
            BoxplotChart.Render(boxes, options).Save(Path.Combine(directory, "startup-boxplot.svg"));
            written.Add("startup-boxplot.svg");
        }

        return written;
    }

    private static string Safe(string label) => UnsafeCharacters().Replace(label, "_");

    [GeneratedRegex("[^A-Za-z0-9._-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();
}
