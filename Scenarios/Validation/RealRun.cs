using System.Globalization;
using System.Text.RegularExpressions;
using Burstsim.Results.Csv;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Validation;

/// <summary>
/// A real Lithops run read from its statistics CSV and turned into the records the simulator produces:
/// times become seconds from the run's first host_job_create (the simulation epoch), so every figure and
/// summary works on real and simulated runs alike.
/// </summary>
/// <param name="Name">The file's name without extension, e.g. <c>gran6</c>.</param>
/// <param name="Path">The file as given.</param>
/// <param name="Records">One record per function, in file order.</param>
internal sealed partial record RealRun(string Name, string Path, IReadOnlyList<ActivationRecord> Records)
{
    /// <summary>
    /// Whether every row has worker_func_start_tstamp and worker_func_end_tstamp. Without them a function's run is not
    /// known, so neither is peak concurrency (most functions between func start and func end at once): import says so
    /// and validate does not compare it.
    /// </summary>
    public bool HasFunctionSpans { get; init; } = true;

    // The simulator's clock limit (docs/scenarios.md): a real run is read on the same clock.
    private const double MaxRunSeconds = 1e8;

    /// <summary>
    /// The latest epoch timestamp read as seconds: 1e11 s is the year 5138, while epoch milliseconds of any date after
    /// March 1973 lie above it (now about 1.7e12). Lithops writes epoch seconds (time.time()); a file in milliseconds
    /// read as seconds stretched a 22 s run to 22,064 s without a word (hostile11 B5). docs/validation.md.
    /// </summary>
    public const double MaxEpochSeconds = 1e11;

    /// <summary>Why an epoch timestamp of <paramref name="value"/> is not seconds (a unit guessed from its size and the division that fixes it), or null.</summary>
    private static string? EpochProblem(double value)
    {
        if (!(value > MaxEpochSeconds))
        {
            return null;
        }

        (string? unit, string divisor) = value switch
        {
            > 1e20 => (null, ""),
            > 1e17 => ("nanoseconds", "1,000,000,000"),
            > 1e14 => ("microseconds", "1,000,000"),
            _ => ("milliseconds", "1000"),
        };
        return unit is null
            ? string.Create(CultureInfo.InvariantCulture, $"the timestamp {value:G6} is beyond {MaxEpochSeconds:G3} epoch seconds (the year 5138), and too large for epoch milliseconds, microseconds or nanoseconds too; give epoch seconds.")
            : string.Create(CultureInfo.InvariantCulture, $"the timestamp {value:G6} is beyond {MaxEpochSeconds:G3} epoch seconds (the year 5138), so it looks like {unit}; give epoch seconds (divide by {divisor}).");
    }

    /// <summary>Reads a file. Throws <see cref="CsvDataException"/> for bad content (no header, missing columns, bad numbers).</summary>
    public static RealRun Read(string path)
    {
        var rows = LithopsCsvReader.ReadFile(path);
        if (rows.Count == 0)
        {
            throw new CsvDataException(path, 2, "(rows)", "the file has a header but no rows.");
        }

        var unreadable = rows.FirstOrDefault(r => !double.IsFinite(r.HostJobCreateTstamp));
        if (unreadable is not null)
        {
            throw new CsvDataException(path, unreadable.Line, "host_job_create_tstamp", "the timestamp is not a finite number of epoch seconds.");
        }

        // Milliseconds are refused before any time is taken from the first stamp, at the first row that has them.
        foreach (var row in rows)
        {
            if (EpochProblem(row.HostJobCreateTstamp) is { } why)
            {
                throw new CsvDataException(path, row.Line, "host_job_create_tstamp", why);
            }
        }

        double epoch = rows.Min(r => r.HostJobCreateTstamp);
        // A file that numbers its calls (burstsim's own activations) keeps its numbers, so that real and simulated
        // figures order functions alike; a plain Lithops file is in call order already: its row index is the call.
        bool numbered = rows.All(r => r.FunctionId is >= 0) && rows.Select(r => r.FunctionId).Distinct().Count() == rows.Count;
        var records = rows.Select((r, i) => ToRecord(r, numbered ? r.FunctionId!.Value : i, epoch, path)).ToArray();
        return new RealRun(System.IO.Path.GetFileNameWithoutExtension(path), path, records)
        {
            HasFunctionSpans = rows.All(r => r.WorkerFuncStartTstamp is not null && r.WorkerFuncEndTstamp is not null),
        };
    }

    /// <summary>
    /// The policy a calibration file name implies: <c>granN.csv</c> with N = 1 is classic, N &gt; 1 a burst of
    /// packs of N (the naming of Burst-Computing/burst-validation-results); null for other names.
    /// </summary>
    public string? ImpliedPolicy
    {
        get
        {
            var m = GranularityName().Match(Name);
            if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int g) || g < 1)
            {
                return null;
            }

            return g == 1 ? "classic" : string.Create(CultureInfo.InvariantCulture, $"burst:g={g}");
        }
    }

    /// <summary>The invoker of a call whose file does not say where it ran (Lithops' own statistics do not).</summary>
    public const string Unrecorded = "unknown";

    private static ActivationRecord ToRecord(LithopsRow r, int index, double epoch, string path)
    {
        SimTime At(double? epochSeconds, string column)
        {
            double s = epochSeconds ?? throw new CsvDataException(path, r.Line, column, "a timestamp is required to import the run.");
            if (EpochProblem(s) is { } why)
            {
                throw new CsvDataException(path, r.Line, column, why);
            }

            double since = s - epoch;
            return since switch
            {
                _ when !double.IsFinite(since) => throw new CsvDataException(path, r.Line, column, "the timestamp is not a finite number of epoch seconds."),
                < 0 => throw new CsvDataException(path, r.Line, column, string.Create(CultureInfo.InvariantCulture, $"the timestamp is {-since:G6} s before the run's first host_job_create_tstamp: the clocks disagree or the cell is wrong.")),
                > MaxRunSeconds => throw new CsvDataException(path, r.Line, column, "the timestamp is more than 1e8 s after the run's first host_job_create_tstamp; give epoch seconds."),
                _ => new SimTime(SimSpan.FromSeconds(since).Ticks),
            };
        }

        SimSpan Span(double? seconds, string column) => seconds switch
        {
            null => SimSpan.Zero,
            { } v when !double.IsFinite(v) || v < 0 || v > MaxRunSeconds => throw new CsvDataException(path, r.Line, column, "a duration must be a number of seconds from 0 to 1e8."),
            { } v => SimSpan.FromSeconds(v),
        };

        var workerStart = At(r.WorkerStartTstamp, "worker_start_tstamp");
        var funcStart = r.WorkerFuncStartTstamp is null ? workerStart : At(r.WorkerFuncStartTstamp, "worker_func_start_tstamp");
        var funcEnd = r.WorkerFuncEndTstamp is null ? funcStart : At(r.WorkerFuncEndTstamp, "worker_func_end_tstamp");
        var workerEnd = r.WorkerEndTstamp is null ? funcEnd : At(r.WorkerEndTstamp, "worker_end_tstamp");
        string host = r.Invoker ?? r.Extra.FirstOrDefault(e => e.Key is "hostname" or "host" or "invoker").Value ?? Unrecorded;
        return new ActivationRecord
        {
            FunctionId = index,
            Invoker = host,
            Container = r.Container ?? string.Create(CultureInfo.InvariantCulture, $"real{index}"),
            ColdStart = r.WorkerColdStart ?? true,
            HostJobCreate = At(r.HostJobCreateTstamp, "host_job_create_tstamp"),
            HostJobSerializeTime = Span(r.HostJobSerializeTime, "host_job_serialize_time"),
            HostFuncUploadTime = Span(r.HostFuncUploadTime, "host_func_upload_time"),
            HostDataUploadTime = Span(r.HostDataUploadTime, "host_data_upload_time"),
            HostJobCreatedTime = Span(r.HostJobCreatedTime, "host_job_created_time"),
            HostSubmit = r.HostSubmitTstamp is null ? At(r.HostJobCreateTstamp, "host_job_create_tstamp") : At(r.HostSubmitTstamp, "host_submit_tstamp"),
            HostStatusDone = r.HostStatusDoneTstamp is null ? workerEnd : At(r.HostStatusDoneTstamp, "host_status_done_tstamp"),
            HostStatusQueryCount = (int)(r.HostStatusQueryCount ?? 0),
            HostResultDone = r.HostResultDoneTstamp is null ? workerEnd : At(r.HostResultDoneTstamp, "host_result_done_tstamp"),
            HostResultQueryCount = (int)(r.HostResultQueryCount ?? 0),
            WorkerStart = workerStart,
            WorkerFuncStart = funcStart,
            WorkerFuncEnd = funcEnd < funcStart ? funcStart : funcEnd,
            WorkerEnd = workerEnd,
            WorkerResultUploadTime = Span(r.WorkerResultUploadTime, "worker_result_upload_time"),
            WorkerPeakMemoryStart = (long)(r.WorkerPeakMemoryStart ?? 0),
            WorkerPeakMemoryEnd = (long)(r.WorkerPeakMemoryEnd ?? 0),
            FuncDataSizeBytes = (long)(r.FuncDataSizeBytes ?? 0),
            FuncModuleSizeBytes = (long)(r.FuncModuleSizeBytes ?? 0),
            FuncResultSize = r.FuncResultSize ?? 0,
        };
    }

    [GeneratedRegex(@"gran(?:ularity)?[-_]?([0-9]{1,5})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GranularityName();
}
