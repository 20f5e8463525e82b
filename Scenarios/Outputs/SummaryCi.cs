using Burstsim.Results.Csv;
using Burstsim.Results.Statistics;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// summary-ci.csv: per scenario, policy, granularity and swept values, the mean of each summary.csv
/// metric across replications with a two-sided 95% Student t interval. Computed from the text of
/// summary.csv itself, so a merged sweep gives the same bytes as the unsharded one.
/// </summary>
internal static class SummaryCi
{
    private static readonly (string Name, Func<SummaryRow, double> Value)[] Metrics =
    [
        ("functions", r => r.Functions),
        ("makespan_s", r => r.MakespanS),
        ("startup_p50_s", r => r.StartupP50S),
        ("startup_p95_s", r => r.StartupP95S),
        ("startup_p99_s", r => r.StartupP99S),
        ("startup_max_s", r => r.StartupMaxS),
        ("startup_mean_s", r => r.StartupMeanS),
        ("peak_concurrency", r => r.PeakConcurrency ?? double.NaN),
        ("containers", r => r.Containers),
        ("cold_starts", r => r.ColdStarts),
        ("invokers_used", r => r.InvokersUsed),
        ("critical_startup_s", r => r.CriticalStartupS),
        ("critical_compute_s", r => r.CriticalComputeS),
        ("critical_comm_s", r => r.CriticalCommS),
        ("comm_mean_s", r => r.CommMeanS),
        ("sync_mean_s", r => r.SyncMeanS),
        ("functions_requested", r => r.FunctionsRequested),
        ("rejected_functions", r => r.RejectedFunctions),
        ("http_429", r => r.Http429),
        ("http_503", r => r.Http503),
        ("invokers_taken_out", r => r.InvokersTakenOut),
        ("failed", r => r.Failed),
        ("retried", r => r.Retried),
        ("reserved_cpu_s", r => r.Cost?.ReservedCpuSeconds ?? double.NaN),
        ("busy_cpu_s", r => r.Cost?.BusyCpuSeconds ?? double.NaN),
        ("memory_gb_s", r => r.Cost?.MemoryGbSeconds ?? double.NaN),
        ("container_s", r => r.Cost?.ContainerSeconds ?? double.NaN),
        ("invoker_hours", r => r.Cost?.InvokerHours ?? double.NaN),
        ("utilisation", r => r.Cost?.Utilisation ?? double.NaN),
        ("price", r => r.Cost?.Price ?? double.NaN),
    ];

    /// <summary>
    /// Whether <paramref name="name"/> is one of summary-ci.csv's own columns (<c>replications</c>, <c>METRIC_mean</c>,
    /// <c>METRIC_ci95_low</c>, <c>METRIC_ci95_high</c>): a case column of that name is refused, as it wrote the header twice
    /// and a reader took the first (hostile12 N2).
    /// </summary>
    public static bool IsOwnColumn(string name) =>
        name == "replications" || Metrics.Any(m => name == $"{m.Name}_mean" || name == $"{m.Name}_ci95_low" || name == $"{m.Name}_ci95_high");

    public static string FromSummaryText(string summaryText)
    {
        ArgumentNullException.ThrowIfNull(summaryText);
        int end = summaryText.IndexOf('\n', StringComparison.Ordinal);
        var header = CsvCells.Split(end < 0 ? summaryText : summaryText[..end]);
        var swept = header.Where(c => !SummaryColumns.IsFixed(c)).ToArray();
        // A swept `replications` (`--vary replications=N`, a sweep of one scenario) groups the rows like any swept value, but
        // its column is the count column itself (each group holds N runs): written once, not as a second `replications`.
        var shown = swept.Where(c => !IsOwnColumn(c)).ToArray();
        var rows = SummaryCsvReader.Read(new StringReader(summaryText), "summary.csv");

        var output = new System.Text.StringBuilder();
        output.Append(CsvCells.Line(
        [
            "scenario", "policy", "granularity", .. shown, "replications",
            .. Metrics.SelectMany(m => new[] { $"{m.Name}_mean", $"{m.Name}_ci95_low", $"{m.Name}_ci95_high" }),
        ]));
        foreach (var group in rows.GroupBy(r => Key(r.Context, swept), StringComparer.Ordinal))
        {
            var first = group.First().Context;
            var cells = new List<string> { first.Scenario, first.Policy, first.Granularity };
            cells.AddRange(shown.Select(s => first.SweptValue(s) ?? string.Empty));
            cells.Add(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (_, value) in Metrics)
            {
                var values = group.Select(value).Where(double.IsFinite).ToArray();
                if (values.Length == 0)
                {
                    cells.AddRange([string.Empty, string.Empty, string.Empty]);
                    continue;
                }

                if (values.Length < 2)
                {
                    // One replication says nothing about run-to-run spread: the interval stays empty rather than zero-width.
                    cells.AddRange([CsvCells.Number(values[0]), string.Empty, string.Empty]);
                    continue;
                }

                var ci = ConfidenceInterval.Of(values);
                cells.AddRange([CsvCells.Number(ci.Mean), CsvCells.Number(ci.Low), CsvCells.Number(ci.High)]);
            }

            output.Append(CsvCells.Line(cells));
        }

        return output.ToString();
    }

    private static string Key(RunContext context, IEnumerable<string> swept) =>
        string.Join('\u001f', [context.Scenario, context.Policy, context.Granularity, .. swept.Select(s => context.SweptValue(s) ?? string.Empty)]);
}
