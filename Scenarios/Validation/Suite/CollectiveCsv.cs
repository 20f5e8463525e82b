using Burstsim.Results.Csv;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// burst-communication-middleware benchmark results (burst-validation-results collectives/*.csv): one row per worker
/// and run (burst_id), with the worker's start and end of the collective in epoch seconds.
/// </summary>
internal static class CollectiveCsv
{
    /// <summary>Per run (burst_id, in file order) of the given burst size and granularity: the mean over workers of end - start, s.</summary>
    /// <exception cref="CsvDataException">A missing column, a bad number, or no run of that size and granularity.</exception>
    public static IReadOnlyList<double> MeanCommPerRun(string path, int burstSize, int granularity)
    {
        using var reader = new StreamReader(path);
        using var table = CsvTable.Open(reader, path, leaveOpen: false);
        int size = table.Require("burst_size"), gran = table.Require("granularity"), id = table.Require("burst_id");
        int start = table.Require("start"), end = table.Require("end");
        var runs = new Dictionary<string, (double Sum, int Count, int Order)>(StringComparer.Ordinal);
        while (table.Read())
        {
            if (table.Int32(size) != burstSize || table.Int32(gran) != granularity)
            {
                continue;
            }

            string run = table.RequiredText(id);
            double span = table.RequiredDouble(end) - table.RequiredDouble(start);
            var (sum, count, order) = runs.GetValueOrDefault(run, (0, 0, runs.Count));
            runs[run] = (sum + span, count + 1, order);
        }

        return runs.Count == 0
            ? throw new CsvDataException(path, 2, "burst_size", $"no run with burst_size {burstSize} and granularity {granularity}.")
            : [.. runs.Values.OrderBy(r => r.Order).Select(r => r.Sum / r.Count)];
    }
}
