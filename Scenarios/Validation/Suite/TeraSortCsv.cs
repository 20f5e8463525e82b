using Burstsim.Results.Csv;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// The TeraSort timing files of burst-validation-results (terasort/terasort-burstN.csv, terasort-classicN.csv):
/// one row per function, epoch milliseconds. Burst files: host_submit, init_fn (the worker's first step), end_fn.
/// Classic files (map then reduce, two Lithops jobs): host_submit_map, init_fn_map, end_fn_reduce.
/// </summary>
internal static class TeraSortCsv
{
    /// <summary>Per function, ascending: startup = first worker step - submission, s; and the job's end to end, s (last end - first submission).</summary>
    /// <exception cref="CsvDataException">A missing column or a cell that is not a number.</exception>
    public static (double[] Startups, double EndToEnd) Read(string path)
    {
        using var reader = new StreamReader(path);
        using var table = CsvTable.Open(reader, path, leaveOpen: false);
        bool classic = table.IndexOf("host_submit_map") >= 0;
        int submit = table.Require(classic ? "host_submit_map" : "host_submit");
        int start = table.Require(classic ? "init_fn_map" : "init_fn");
        int end = table.Require(classic ? "end_fn_reduce" : "end_fn");
        var startups = new List<double>();
        double firstSubmit = double.PositiveInfinity, lastEnd = double.NegativeInfinity;
        while (table.Read())
        {
            double s = table.RequiredDouble(submit), f = table.RequiredDouble(start), e = table.RequiredDouble(end);
            startups.Add((f - s) / 1000);
            firstSubmit = Math.Min(firstSubmit, s);
            lastEnd = Math.Max(lastEnd, e);
        }

        if (startups.Count == 0)
        {
            throw new CsvDataException(path, 2, "(rows)", "the file has a header but no rows.");
        }

        startups.Sort();
        return ([.. startups], (lastEnd - firstSubmit) / 1000);
    }
}
