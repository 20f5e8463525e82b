using System.Collections.Concurrent;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Trace files named in a scenario: resolved against the scenario's folder, read once per process
/// (sweeps bind the same scenario many times), failures reported at the field that names the file.
/// </summary>
internal static class FileInput
{
    private static readonly ConcurrentDictionary<string, object> Cache = new(StringComparer.Ordinal);

    public static string Resolve(Field field)
    {
        string written = field.AsName();
        string full = Path.GetFullPath(Path.Combine(field.Document.Source.BaseDirectory, written));
        Execution.InputFiles.Record(full);
        if (!File.Exists(full))
        {
            throw field.Error(Missing(full));
        }

        return Unreadable(full) is { } problem ? throw field.Error(problem) : full;
    }

    /// <summary>
    /// Why <paramref name="path"/>, an existing file, cannot be a trace: a pipe (<c>&lt;(zcat trace.csv.gz)</c>, /dev/stdin)
    /// or a device that cannot be read twice (a trace is read once to check and bound it, again to replay it: the second
    /// read found it empty and said so); null when it can be.
    /// </summary>
    public static string? Unreadable(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return probe.CanSeek ? null : $"{path} is a pipe or a device, not a file, and burstsim reads a trace more than once; write it to a file first (e.g. zcat trace.csv.gz > trace.csv)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }
    }

    /// <summary>Why <paramref name="path"/>, which is not a file, cannot be read: a folder given where a file is wanted is said to be one.</summary>
    public static string Missing(string path) =>
        Directory.Exists(path) ? $"{path} is a folder, not a file; give the file inside it" : $"no such file: {path}";

    /// <summary>
    /// Reads through <paramref name="read"/>, or returns the earlier result for the same key and unchanged files. A bad
    /// cell is reported at the field that names the file it is in (<paramref name="namedBy"/>, beside
    /// <paramref name="files"/>): a delay table's cell under workload.function_delay, not under workload.requests.
    /// </summary>
    /// <param name="field">The field reported for a failure of no one file (and for every file when <paramref name="namedBy"/> is null).</param>
    /// <param name="key">What else the result depends on.</param>
    /// <param name="files">The files read.</param>
    /// <param name="read">Reads them.</param>
    /// <param name="namedBy">The field naming each of <paramref name="files"/>, in the same order; null entries fall back to <paramref name="field"/>.</param>
    public static T Cached<T>(Field field, string key, IReadOnlyList<string> files, Func<T> read, IReadOnlyList<Field?>? namedBy = null)
        where T : class
    {
        string stamp = string.Join('|', files.Select(f => $"{f}@{File.GetLastWriteTimeUtc(f).Ticks}:{new FileInfo(f).Length}"));
        string fullKey = $"{typeof(T).Name}|{key}|{stamp}";
        if (Cache.TryGetValue(fullKey, out object? hit))
        {
            return (T)hit;
        }

        try
        {
            var value = read();
            Cache[fullKey] = value;
            return value;
        }
        catch (TraceFormatException e)
        {
            int index = files.ToList().FindIndex(f => string.Equals(f, e.Source, StringComparison.Ordinal));
            var at = namedBy is not null && index >= 0 && index < namedBy.Count ? namedBy[index] ?? field : field;
            throw at.Error(e.Message);
        }
        catch (IOException e)
        {
            throw field.Error($"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw field.Error($"cannot read the file: {e.Message}");
        }
    }
}
