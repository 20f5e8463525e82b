using System.Text.RegularExpressions;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// The trace files named on the command line, each recognised by its header and grouped into traces: an Azure 2019 day
/// is its invocations, durations and (except days 13 and 14) memory file, matched by the day in their names (dNN); a
/// Huawei 2023 requests table takes the function delay table of the same file name (day_NN.csv); every other file is a
/// trace of its own. A file that is missing, a folder, empty or of no known format is bad input naming it.
/// </summary>
internal static partial class TraceInputs
{
    /// <summary>What the formats' headers start with, for the message about a file of no known format.</summary>
    public const string KnownHeaders = "azure (2019: HashOwner,HashApp,HashFunction,Trigger,1..1440 with its durations and memory files), azure-2021 (app,func,end_timestamp,duration), alibaba-fc (__time__,functionName,latency,runtime,memoryMB), huawei (day,time,<functions> or time,funcName,userID,podID,...), trace (arrival_s,function,duration_s)";

    /// <exception cref="InputException">A file is missing, a folder, empty, of no known format, or lacks its partner file (field FILES).</exception>
    public static IReadOnlyList<ITraceFiles> Group(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new InputException("FILES", "no trace files given; name a trace's CSV files, e.g. Scenarios/catalogue/data/azure-keepalive/*.csv");
        }

        var azure = new List<(string Day, string Path, string Kind)>();
        var minuteTables = new List<string>();
        var traces = new List<ITraceFiles>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal))
        {
            string[] header = Header(path);
            bool Has(params string[] columns) => columns.All(header.Contains);
            if (Has("HashOwner", "HashApp", "HashFunction", "Trigger"))
            {
                azure.Add((Day(path), path, "invocations"));
            }
            else if (Has("HashOwner", "HashApp", "HashFunction", "percentile_Average_50"))
            {
                azure.Add((Day(path), path, "durations"));
            }
            else if (Has("HashOwner", "HashApp", "AverageAllocatedMb_pct50"))
            {
                azure.Add((Day(path), path, "memory"));
            }
            else if (header.Length >= 2 && header[0] == "day" && header[1] == "time")
            {
                minuteTables.Add(path);
            }
            else if (InvocationFormats.All.FirstOrDefault(f => f.Signature.All(header.Contains)) is { } format)
            {
                traces.Add(new InvocationTraceFiles(path, format));
            }
            else
            {
                throw new InputException("FILES", $"{path}: no trace format burstsim reads has the header '{Shorten(string.Join(",", header))}'; give {KnownHeaders}");
            }
        }

        traces.InsertRange(0, AzureDays(azure));
        traces.InsertRange(0, HuaweiTables(minuteTables));
        return traces;
    }

    private static IEnumerable<ITraceFiles> AzureDays(List<(string Day, string Path, string Kind)> files)
    {
        foreach (var day in files.GroupBy(f => f.Day, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string? One(string kind)
            {
                var of = day.Where(f => f.Kind == kind).ToArray();
                return of.Length <= 1 ? of.FirstOrDefault().Path
                    : throw new InputException("FILES", $"{of.Length} Azure 2019 {kind} files for day {Label(day.Key)} ({string.Join(", ", of.Select(f => f.Path))}); give one per day, named with the day (e.g. .d01.)");
            }

            string where = string.Join(", ", day.Select(f => f.Path));
            string invocations = One("invocations") ?? throw new InputException("FILES", $"{where}: the Azure 2019 day {Label(day.Key)} lacks its invocations_per_function_md file; give it too");
            string durations = One("durations") ?? throw new InputException("FILES", $"{where}: the Azure 2019 day {Label(day.Key)} lacks its function_durations_percentiles file; give it too");
            yield return new Azure2019TraceFiles(invocations, durations, One("memory"));
        }
    }

    private static IEnumerable<ITraceFiles> HuaweiTables(List<string> tables)
    {
        // The 2023 release keeps the tables in folders named for what they hold: requests_minute/, function_delay_minute/.
        bool IsDelay(string path) => path.Contains("delay", StringComparison.OrdinalIgnoreCase);
        var delays = tables.Where(IsDelay).ToList();
        // Two tables of one name, neither in a delay folder: one is the other's delay table (the layouts are the same and
        // delays in whole milliseconds read as counts), and nothing says which.
        if (tables.Where(t => !IsDelay(t)).GroupBy(Path.GetFileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twins)
        {
            throw new InputException("FILES", $"{string.Join(" and ", twins)}: two Huawei per-minute tables named {twins.Key}, and neither folder says which is the function delay table; keep the release's folder names (requests_minute/ and function_delay_minute/), or any folder name with 'delay' in it for the delays");
        }

        foreach (string requests in tables.Where(t => !IsDelay(t)))
        {
            string? delay = delays.FirstOrDefault(d => Path.GetFileName(d) == Path.GetFileName(requests));
            if (delay is not null)
            {
                delays.Remove(delay);
            }

            yield return new HuaweiMinuteTraceFiles(requests, delay);
        }

        if (delays.Count > 0)
        {
            throw new InputException("FILES", $"{delays[0]}: a Huawei function delay table without the requests table of the same name (requests_minute/{Path.GetFileName(delays[0])}); give both");
        }
    }

    private static string[] Header(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("FILES", $"{path} is a folder; give the trace's CSV files in it, e.g. {Path.Combine(path, "*.csv")}");
        }

        if (!File.Exists(path))
        {
            throw new InputException("FILES", $"{path} does not exist; check the path (a trace's CSV files, e.g. Scenarios/catalogue/data/azure-keepalive/*.csv)");
        }

        // Recorded before anything is written, so an --out whose outputs would replace it is refused (links followed).
        Execution.InputFiles.Record(path);
        if (Loading.FileInput.Unreadable(path) is { } problem)
        {
            throw new InputException("FILES", problem);
        }

        using var text = new StreamReader(path);
        string line;
        try
        {
            // Bounded: /dev/zero or a 300 MB first line must not be read whole to find the header.
            line = new Simulator.Workloads.BoundedLineReader(text, path).ReadLine(1) ?? throw new InputException("FILES", $"{path} is empty; a trace file starts with its header line");
        }
        catch (Simulator.Workloads.TraceFormatException e)
        {
            throw new InputException("FILES", e.Message);
        }

        if (line.Trim().Length == 0)
        {
            // Not "no format has the header ''": the header is there, lower down.
            throw new InputException("FILES", $"{path}, line 1: the line is blank; a trace file starts with its header line (remove the blank lines above it)");
        }

        if (line.Length >= 2 && line[0] == '\u001f' && line[1] == '\uFFFD')
        {
            // gzip's magic bytes 1f 8b (8b is no UTF-8): say so rather than quote the compressed bytes as a header.
            throw new InputException("FILES", $"{path}, line 1: the file is gzip-compressed; decompress it first (e.g. zcat trace.csv.gz > trace.csv) and give the CSV");
        }

        if (line.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException("FILES", $"{path}, line 1: the header holds NUL bytes, so this is not a trace's CSV (a binary, compressed or sparse file?); give the trace's text CSV");
        }

        return [.. line.Split(',').Select(c => c.Trim().Trim('"'))];
    }

    private static string Day(string path) => AzureDay().Match(Path.GetFileName(path)) is { Success: true } m ? m.Groups[1].Value : string.Empty;

    private static string Label(string day) => day.Length == 0 ? "(no dNN in the names)" : "d" + day;

    /// <summary>
    /// At most 80 characters of a header for a message, anything unprintable (a binary file's bytes, a terminal's escape
    /// codes, an invalid UTF-8 sequence) shown as '?': the message goes to a terminal.
    /// </summary>
    internal static string Shorten(string text)
    {
        string cut = text.Length <= 80 ? text : text[..77] + "...";
        return string.Concat(cut.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' ? '?' : c));
    }

    [GeneratedRegex(@"\.d(\d+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex AzureDay();
}
