using Burstsim.Results.Report;

namespace Burstsim.Scenarios.Figures;

/// <summary>The table beside a policy comparison: one row per policy, replication 0 (the run the figures draw).</summary>
internal static class ComparisonTable
{
    public static ReportTable For(StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var rows = study.Shown.Select(r => (IReadOnlyList<string>)
        [
            r.Unit.Policy.Name,
            r.Summary.Functions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReportCells.Seconds(r.Summary.MakespanS),
            ReportCells.Seconds(r.Summary.StartupP50S),
            ReportCells.Seconds(r.Summary.StartupP95S),
            ReportCells.Seconds(r.Summary.StartupMaxS),
            ReportCells.Count(r.Summary.PeakConcurrency ?? double.NaN),
            ReportCells.Count(r.Summary.Containers),
        ]).ToArray();
        return new ReportTable(
            $"{study.Name} (seed {study.Scenario.Seed})",
            ["policy", "functions", "makespan s", "startup p50 s", "p95 s", "max s", "peak running", "containers"],
            rows);
    }
}
