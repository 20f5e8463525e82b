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
    /// read found it empty and said so); null when it can be. Asked before the file is opened (<see cref="Special"/>):
    /// opening a named pipe that no process writes waits for ever.
    /// </summary>
    public static string? Unreadable(string path)
    {
        if (Special(path, "burstsim reads a trace more than once", readsOnce: false, "zcat trace.csv.gz > trace.csv") is { } special)
        {
            return special;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }
    }

    /// <summary>
    /// The one check of every input path before it is opened (traces, scenarios, overlays, baselines, plug-ins, real
    /// runs): why <paramref name="path"/> is refused for being a named pipe (FIFO), a device or a socket (found by
    /// <c>statx</c>, which does not open it), or null for a regular file, a folder or a missing path (which the caller
    /// reports in its words). An anonymous pipe (<c>&lt;(cat run.csv)</c>, /dev/stdin) is kept for a reader that reads
    /// its input once (<paramref name="readsOnce"/>: import, validate and calibrate --real), since opening it never waits.
    /// </summary>
    /// <param name="path">The input.</param>
    /// <param name="why">Why a file is needed, for the message (e.g. "burstsim reads a trace more than once").</param>
    /// <param name="readsOnce">Whether the reader reads the input once, from its start, so that a shell's pipe will do.</param>
    /// <param name="example">A command that writes such a file, for the message; null for none.</param>
    public static string? Special(string path, string why, bool readsOnce, string? example = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Execution.FileKind.Special(path) is not { } kind)
        {
            return null;
        }

        bool pipe = kind.StartsWith("a named pipe", StringComparison.Ordinal);
        if (pipe && Execution.FileKind.IsAnonymousPipe(path))
        {
            return readsOnce ? null : $"{path} is a pipe or a device (a shell's pipe), not a file, and {why}; write it to a file first{For(example)}";
        }

        // A named pipe is refused even for a reader that reads once: opening it waits until some process writes it.
        return $"{path} is a pipe or a device ({kind}), not a file, and {why}; write it to a file first and give that file{For(example)}";
    }

    private static string For(string? example) => example is null ? string.Empty : $" (e.g. {example})";

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
