using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Results.Report;
using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// What <c>trace stats</c> and <c>trace sample</c> print and write: per trace an 80-column table of the per-function
/// quantities' quantiles; trace-stats.csv (those quantiles), trace-functions.csv (one row per function) and the figure of
/// the per-function CDFs (log x axis), the trace black and a sample grey as real and simulated are everywhere.
/// </summary>
internal static class TraceReport
{
    private static readonly (string Name, double P)[] Levels = [("min", 0), ("p25", 0.25), ("p50", 0.5), ("p75", 0.75), ("p99", 0.99), ("max", 1)];

    /// <summary>
    /// The trace's name in tables and figures: its first file's name, and how many files more; the file's path as given
    /// where another of <paramref name="among"/> has the same name (d1/tr.csv and d2/tr.csv, or TR.csv: rows that could
    /// not be told apart).
    /// </summary>
    public static string Name(TraceProfile trace, IReadOnlyList<TraceProfile>? among = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        string name = ShortName(trace);
        bool repeated = among is not null && among.Any(t => !ReferenceEquals(t, trace) && string.Equals(ShortName(t), name, StringComparison.OrdinalIgnoreCase));
        return repeated ? trace.Files[0] + name[Path.GetFileName(trace.Files[0]).Length..] : name;
    }

    private static string ShortName(TraceProfile trace) => Path.GetFileName(trace.Files[0]) + (trace.Files.Count switch
    {
        1 => string.Empty,
        2 => " (+1 file)",
        _ => $" (+{trace.Files.Count - 1} files)",
    });

    /// <summary>The summary lines and the quantile table, at most 80 columns wide.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="trace">The trace.</param>
    /// <param name="among">Every trace printed, so that two of the same file name are told apart; null for one.</param>
    public static void Print(TextWriter output, TraceProfile trace, IReadOnlyList<TraceProfile>? among = null)
    {
        output.WriteLine($"{trace.Format}: {Name(trace, among)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {trace.Functions.Count:N0} functions, {trace.Invocations:N0} invocations over {Number(trace.Minutes)} min"));
        output.WriteLine("  per function      " + string.Concat(Levels.Select(l => l.Name.PadLeft(10))));
        foreach (var (quantity, values) in trace.Quantities())
        {
            double[] sorted = [.. values.Order()];
            output.WriteLine("  " + quantity.PadRight(18) + string.Concat(Levels.Select(l => Number(Quantiles.OfSorted(sorted, l.P)).PadLeft(10))));
        }

        if (!trace.HasDurations)
        {
            output.WriteLine("  mean duration     not in this trace (a replay runs each call workload.seconds)");
        }

        if (!trace.HasMemory)
        {
            output.WriteLine("  memory            not in this trace (a replay takes workload.memory_mb)");
        }
    }

    /// <summary>trace-stats.csv: per trace and quantity, its quantiles.</summary>
    public static void WriteStats(string path, IReadOnlyList<TraceProfile> traces)
    {
        using var output = new StreamWriter(path, append: false, RunOutputs.Utf8);
        output.Write(CsvText.Line(["trace", "format", "functions", "invocations", "minutes", "quantity", .. Levels.Select(l => l.Name)]));
        foreach (var trace in traces)
        {
            foreach (var (quantity, values) in trace.Quantities())
            {
                double[] sorted = [.. values.Order()];
                output.Write(CsvText.Line([Name(trace, traces), trace.Format, Cell(trace.Functions.Count), Cell(trace.Invocations), FigureData.Cell(trace.Minutes), quantity, .. Levels.Select(l => FigureData.Cell(Quantiles.OfSorted(sorted, l.P)))]));
            }
        }
    }

    /// <summary>trace-functions.csv: one row per function of every trace (empty cells where the trace gives no run time or memory).</summary>
    public static void WriteFunctions(string path, IReadOnlyList<TraceProfile> traces)
    {
        using var output = new StreamWriter(path, append: false, RunOutputs.Utf8);
        output.Write(CsvText.Line(["trace", "format", "function", "invocations", "rate_per_min", "mean_duration_s", "memory_mb"]));
        foreach (var trace in traces)
        {
            foreach (var f in trace.Functions)
            {
                output.Write(CsvText.Line([Name(trace, traces), trace.Format, f.Key, Cell(f.Invocations), FigureData.Cell(trace.RatePerMinute(f)), f.MeanDurationS is { } d ? FigureData.Cell(d) : string.Empty, f.MemoryMb is { } m ? FigureData.Cell(m) : string.Empty]));
            }
        }
    }

    /// <summary>The figure of per-function CDFs (one panel per quantity any trace gives) with its CSV, as <paramref name="name"/>.EXT in <paramref name="folder"/>.</summary>
    public static void WriteFigure(string folder, string name, string title, IReadOnlyList<(string Series, TraceProfile Trace, IReadOnlyList<FunctionProfile> Functions)> series, FigureStyle style, IReadOnlyList<ExportFormat> formats)
    {
        var quantities = series.Select(s => s.Trace.Quantities(s.Functions)).ToArray();
        var names = quantities.SelectMany(q => q.Select(v => v.Quantity)).Distinct(StringComparer.Ordinal).ToArray();
        var panels = names.Select(quantity => new LogCdfPanel(quantity, [.. series.Zip(quantities)
            .Select(p => (p.First.Series, Values: (IReadOnlyList<double>)(p.Second.FirstOrDefault(q => q.Quantity == quantity).Values ?? [])))
            .Where(p => p.Values.Count > 0)])).Where(p => p.Series.Count > 0).ToArray();

        // One trace black; a trace and its sample black and grey; several traces the colours of no policy family.
        IReadOnlyList<string> colors = series.Count switch
        {
            1 => [Palette.Real],
            2 when series[1].Series.StartsWith("sample", StringComparison.Ordinal) => [Palette.Real, Palette.Simulated],
            _ => [.. series.Select((_, i) => i == 0 ? Palette.Real : Palette.OtherPolicies[(i - 1) % Palette.OtherPolicies.Count])],
        };
        var figure = LogCdfChart.Render(panels, colors, LogCdfChart.Defaults with { Title = title, Style = style });
        Execution.StagingRegistry.CreateDirectory(folder);
        figure.Save(folder, name, formats);
        File.WriteAllText(Path.Combine(folder, name + ".csv"), figure.Data.ToCsv(), RunOutputs.Utf8);
    }

    /// <summary>
    /// A number in at most 9 characters whatever its magnitude, so the table's 10-character columns always keep a space
    /// between them: whole from 1000 below 10^7, in scientific notation with 3 significant digits from 10^7 on (5E+14 s
    /// once ran into its neighbours as 500000000000000), else 3 significant digits (G3 writes 1.23E-06 below 10^-5).
    /// </summary>
    public static string Number(double value)
    {
        double size = Math.Abs(value);
        return double.IsNaN(value) ? "n/a"
            : double.IsInfinity(value) ? (value > 0 ? "inf" : "-inf")
            : size >= 1e7 ? value.ToString("0.##E+0", CultureInfo.InvariantCulture)
            : size >= 1000 ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G3", CultureInfo.InvariantCulture);
    }

    private static string Cell(long value) => value.ToString(CultureInfo.InvariantCulture);
}
