using System.Globalization;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Reads the three files of the Azure Functions 2019 public trace (Shahrad et al., ATC 2020):
/// <c>invocations_per_function_md</c> (HashOwner, HashApp, HashFunction, Trigger, then minutes "1".."1440"),
/// <c>function_durations_percentiles</c> (percentile_Average_0/1/25/50/75/99/100, in ms) and
/// <c>app_memory_percentiles</c> (AverageAllocatedMb_pct1/5/25/50/75/95/99/100, in MB). Keeps only a
/// window of minutes and at most <c>maxFunctions</c> functions (the first in file order that are invoked
/// in the window and have durations).
/// </summary>
public static class AzureTraceReader
{
    /// <summary>Minutes in the trace's day (its columns "1".."1440").</summary>
    public const int MinutesPerDay = 1440;

    private static readonly (string Column, double Quantile)[] DurationColumns =
    [
        ("percentile_Average_0", 0), ("percentile_Average_1", 0.01), ("percentile_Average_25", 0.25), ("percentile_Average_50", 0.50),
        ("percentile_Average_75", 0.75), ("percentile_Average_99", 0.99), ("percentile_Average_100", 1.0),
    ];

    // The trace omits the 0th memory percentile (see its description), so the curve starts flat at the 1st.
    private static readonly (string Column, double Quantile)[] MemoryColumns =
    [
        ("AverageAllocatedMb_pct1", 0.01), ("AverageAllocatedMb_pct5", 0.05), ("AverageAllocatedMb_pct25", 0.25), ("AverageAllocatedMb_pct50", 0.50),
        ("AverageAllocatedMb_pct75", 0.75), ("AverageAllocatedMb_pct95", 0.95), ("AverageAllocatedMb_pct99", 0.99), ("AverageAllocatedMb_pct100", 1.0),
    ];

    /// <summary>Reads the window [<paramref name="startMinute"/>, <paramref name="startMinute"/> + <paramref name="minutes"/>) of the three files, keeping at most <paramref name="maxFunctions"/> functions (null: all).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window does not lie within the day.</exception>
    /// <exception cref="TraceFormatException">A file cannot be read (names the source, line and column).</exception>
    public static AzureTrace Read(
        (TextReader Text, string Source) invocations,
        (TextReader Text, string Source) durations,
        (TextReader Text, string Source) memory,
        int startMinute = 0,
        int minutes = MinutesPerDay,
        int? maxFunctions = null) => ReadDay(invocations, durations, memory, startMinute, minutes, maxFunctions);

    /// <summary>
    /// As <see cref="Read"/>, for a day whose memory file may be missing (<paramref name="memory"/> null): the
    /// trace publishes none for days 13 and 14, and then every app has no memory curve (the workload gives its calls
    /// a default memory, <see cref="AzureTraceWorkload.MemoryMb"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window does not lie within the day.</exception>
    /// <exception cref="TraceFormatException">A file cannot be read (names the source, line and column).</exception>
    public static AzureTrace ReadDay(
        (TextReader Text, string Source) invocations,
        (TextReader Text, string Source) durations,
        (TextReader Text, string Source)? memory,
        int startMinute = 0,
        int minutes = MinutesPerDay,
        int? maxFunctions = null)
    {
        if (startMinute < 0 || minutes < 1 || startMinute + minutes > MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), string.Create(CultureInfo.InvariantCulture, $"the window [{startMinute}, {startMinute + minutes}) must lie within the day's {MinutesPerDay} minutes"));
        }

        var durationCurves = ReadCurves(durations.Text, durations.Source, ["HashOwner", "HashApp", "HashFunction"], DurationColumns, DurationProblem);
        var memoryCurves = memory is { } m ? ReadCurves(m.Text, m.Source, ["HashOwner", "HashApp"], MemoryColumns, MemoryProblem) : [];

        var table = new TraceTable(invocations.Text, invocations.Source);
        int owner = table.Require("HashOwner"), app = table.Require("HashApp"), function = table.Require("HashFunction"), trigger = table.Require("Trigger");
        int[] window = [.. Enumerable.Range(startMinute + 1, minutes).Select(m => table.Require(m.ToString(CultureInfo.InvariantCulture)))];
        RefuseMinutesPastTheDay(table);

        // The line each function's row is on, to refuse a second row of it (its calls would count twice, hostile10 L1).
        // The key holds the trigger too: only a row repeated whole is certainly a mistake.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        var functions = new List<AzureFunctionTrace>();
        int skipped = 0;
        long skippedInvocations = 0;
        while ((maxFunctions is null || functions.Count < maxFunctions) && table.Read())
        {
            string row = Key(table.Text(owner), table.Text(app), table.Text(function), table.Text(trigger));
            if (!seen.TryAdd(row, table.Line))
            {
                throw table.Bad(function, string.Create(CultureInfo.InvariantCulture, $"the function {table.Text(owner)}/{table.Text(app)}/{table.Text(function)} ({table.Text(trigger)}) has a row already, on line {seen[row]}; its calls would count twice: keep one of the rows"));
            }

            int[] counts = [.. window.Select(column => table.Int(column))];
            if (counts.All(c => c == 0))
            {
                continue;
            }

            string o = table.Text(owner), a = table.Text(app), f = table.Text(function);
            if (!durationCurves.TryGetValue(Key(o, a, f), out var duration))
            {
                skipped++;
                skippedInvocations += counts.Sum(c => (long)c);
                continue;
            }

            memoryCurves.TryGetValue(Key(o, a), out var mem);
            functions.Add(new AzureFunctionTrace(o, a, f, table.Text(trigger), new MinuteCounts(counts), duration, mem));
        }

        return new AzureTrace(functions, startMinute, minutes, skipped) { SkippedInvocations = skippedInvocations };
    }

    /// <summary>
    /// Why a duration percentile (ms) cannot be one: a call of 1e15 ms was refused only later, by the replay's bounds,
    /// naming no file and suggesting a monitoring interval that then hit the next bound (hostile10 F10). The check every
    /// trace reader shares.
    /// </summary>
    private static string? DurationProblem(double ms) => TraceTable.DurationProblem(ms, milliseconds: true);

    /// <summary>
    /// Why a memory percentile (MB) cannot be one: a function's container needs memory (Alibaba's memoryMB 0 is refused
    /// the same way, hostile10 F11), and no more than the largest memory_mb any trace gives (int.MaxValue MB): 1e12 MB
    /// was drawn, overflowed and ran as 1 MB (hostile11 L1).
    /// </summary>
    private static string? MemoryProblem(double mb) => mb switch
    {
        > int.MaxValue => string.Create(CultureInfo.InvariantCulture, $"{mb:G6} MB is more than the {int.MaxValue} MB burstsim takes as a function's memory (memory_mb of the other traces); fix the value (the percentiles are in MB), or leave the app's row out so that its functions take the default memory"),
        > 0 => null,
        _ => string.Create(CultureInfo.InvariantCulture, $"{mb:G6} MB is not above 0: every app's containers hold memory; fix the value, or leave the app's row out so that its functions take the default memory"),
    };

    /// <summary>
    /// A minute column past the day's 1440 (or before its first) cannot be read as one of its minutes: it was ignored
    /// without a word (hostile10 L1), so a file of another layout would replay only part of its calls.
    /// </summary>
    private static void RefuseMinutesPastTheDay(TraceTable table)
    {
        foreach (string name in table.Header)
        {
            if (long.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out long minute) && minute is < 1 or > MinutesPerDay)
            {
                throw new TraceFormatException(table.Source, 1, name, string.Create(CultureInfo.InvariantCulture, $"a day has {MinutesPerDay} minutes, columns 1 to {MinutesPerDay}, so column {name} is no minute of it; give one day per file (remove the column, or split the file by day)"));
            }
        }
    }

    private static Dictionary<string, PercentileCurve> ReadCurves(TextReader text, string source, string[] keyColumns, (string Column, double Quantile)[] curveColumns, Func<double, string?> problem)
    {
        var table = new TraceTable(text, source);
        int[] keys = [.. keyColumns.Select(table.Require)];
        int[] columns = [.. curveColumns.Select(c => table.Require(c.Column))];
        var curves = new Dictionary<string, PercentileCurve>(StringComparer.Ordinal);
        while (table.Read())
        {
            var points = new (double, double)[columns.Length];
            for (int i = 0; i < columns.Length; i++)
            {
                double value = table.Double(columns[i]);
                points[i] = (curveColumns[i].Quantile, problem(value) is { } why ? throw table.Bad(columns[i], why) : value);

                // Percentiles rise with their quantile; a falling row was read as a curve that drew values in no
                // order the trace gave (hostile10 L1: 9000, 8000, ..., 3000 accepted).
                if (i > 0 && value < points[i - 1].Item2)
                {
                    throw table.Bad(columns[i], string.Create(CultureInfo.InvariantCulture, $"{value:G6} is below {curveColumns[i - 1].Column}'s {points[i - 1].Item2:G6}, but a percentile never falls as its quantile rises; fix the row (are two columns swapped?) or leave it out"));
                }
            }

            // The first row of a duplicated key wins, as a reader scanning the file top-down would expect.
            curves.TryAdd(Key([.. keys.Select(table.Text)]), new PercentileCurve(points));
        }

        return curves;
    }

    private static string Key(params string[] parts) => string.Join('\u001f', parts);
}
