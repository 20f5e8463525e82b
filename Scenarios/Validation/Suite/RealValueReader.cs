using Burstsim.Results.Csv;
using Burstsim.Results.Statistics;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// Reads the real values of the suite's rows from a checkout of Burst-Computing/burst-validation-results (or from
/// the published numbers the suite states), by the same definitions as the simulated side.
/// </summary>
internal static class RealValueReader
{
    /// <summary>Every real value of <paramref name="suite"/>; rows whose values are held back give none.</summary>
    /// <param name="suite">The suite.</param>
    /// <param name="dataFolder">The checkout's root folder.</param>
    /// <exception cref="Cli.InputException">A data file that is missing or unreadable (field <c>--data</c>).</exception>
    public static IReadOnlyList<RealValue> Read(ValidationSuite suite, string dataFolder)
    {
        var values = new List<RealValue>();
        foreach (var row in suite.Rows)
        {
            values.AddRange(Read(row, dataFolder));
        }

        return values;
    }

    /// <summary>The values the suite states itself (published numbers): they need no data checkout.</summary>
    public static IReadOnlyList<RealValue> Published(ValidationSuite suite) =>
        [.. suite.Rows.Where(r => r.Real.Kind == SuiteRealKind.Published).SelectMany(r => r.Real.Published!.Select(p => new RealValue(r.Key, p.Key, [p.Value], r.Real.Source!)))];

    private static IReadOnlyList<RealValue> Read(SuiteRow row, string dataFolder)
    {
        string source = string.Join(" ", row.Real.Files);
        string Path(string file)
        {
            string full = System.IO.Path.Combine(dataFolder, file);
            return File.Exists(full) ? full
                : Directory.Exists(full) ? throw new Cli.InputException("--data", $"{Loading.FileInput.Missing(full)}; the suite names a file there: give the root of a Burst-Computing/burst-validation-results checkout")
                : throw new Cli.InputException("--data", $"no file {full}; give the root of a Burst-Computing/burst-validation-results checkout");
        }

        try
        {
            return [.. Read(row, Path, source)];
        }
        catch (CsvDataException e)
        {
            throw new Cli.InputException("--data", e.Message);
        }
    }

    private static IEnumerable<RealValue> Read(SuiteRow row, Func<string, string> locate, string source)
    {
        switch (row.Real.Kind)
        {
            case SuiteRealKind.Lithops:
                var runs = row.Real.Files.Select(f => ReadLithops(locate(f))).ToArray();
                return row.Metrics.Select(m => new RealValue(row.Key, m, [.. runs.Select(r => SuiteMetrics.Of(m, r))], source));
            case SuiteRealKind.TeraSort:
                var sorts = row.Real.Files.Select(f => TeraSortCsv.Read(locate(f))).ToArray();
                return row.Metrics.Select(m => new RealValue(row.Key, m, [.. sorts.Select(s => TeraSortMetric(m, s.Startups, s.EndToEnd, row))], source));
            case SuiteRealKind.Collective:
                var comm = row.Real.Files.SelectMany(f => CollectiveCsv.MeanCommPerRun(locate(f), row.Real.BurstSize!.Value, row.Real.Granularity!.Value)).ToArray();
                return row.Metrics.Select(m => m == SuiteMetrics.CommMean
                    ? new RealValue(row.Key, m, comm, $"{source} (burst_size {row.Real.BurstSize}, granularity {row.Real.Granularity})")
                    : throw new Cli.InputException("--suite", $"{row.Experiment}: a collective benchmark file gives only {SuiteMetrics.CommMean}, not {m}"));
            case SuiteRealKind.Published:
                return row.Real.Published!.Select(p => new RealValue(row.Key, p.Key, [p.Value], row.Real.Source!));
            default:
                return [];
        }
    }

    private static RunMetrics ReadLithops(string path)
    {
        var run = RealRun.Read(path);
        return RunMetrics.Of(new RunContext(run.Name, "real", "real", 0, 0), run.Records);
    }

    private static double TeraSortMetric(string metric, double[] startups, double endToEnd, SuiteRow row) => metric switch
    {
        SuiteMetrics.StartupFirst => startups[0],
        SuiteMetrics.StartupP50 => Quantiles.OfSorted((IReadOnlyList<double>)startups, 0.5),
        SuiteMetrics.StartupP95 => Quantiles.OfSorted((IReadOnlyList<double>)startups, 0.95),
        SuiteMetrics.Makespan => endToEnd,
        _ => throw new Cli.InputException("--suite", $"{row.Experiment}: a TeraSort timing file gives startups and makespan_s, not {metric}"),
    };
}
