using System.Globalization;
using System.Numerics;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// A small reader for the plain CSV of traces (header line, comma separated, optional double quotes):
/// cells by column name, numbers in invariant culture, errors naming the source, line and column.
/// </summary>
internal sealed class TraceTable
{
    private readonly BoundedLineReader _text;
    private readonly Dictionary<string, int> _columns;
    private string[] _cells = [];

    public TraceTable(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = new BoundedLineReader(text, source);
        Source = source;
        string header = _text.ReadLine(1) ?? throw new TraceFormatException(source, 1, "(header)", "the file is empty; a header line is required");
        if (header.Length >= 2 && header[0] == '\u001f' && header[1] == '\uFFFD')
        {
            // gzip's magic bytes 1f 8b (8b is no UTF-8): say so rather than quote the compressed bytes as a header.
            throw new TraceFormatException(source, 1, "(header)", "the file is gzip-compressed; decompress it first (e.g. zcat trace.csv.gz > trace.csv) and give the CSV");
        }

        if (header.Contains('\0', StringComparison.Ordinal))
        {
            throw new TraceFormatException(source, 1, "(header)", "the header holds NUL bytes, so this is not a trace's CSV (a binary, compressed or sparse file?); give the trace's text CSV");
        }

        if (header.Trim().Length == 0)
        {
            // Not "the column is missing (header: )": the header is there, lower down.
            throw new TraceFormatException(source, 1, "(header)", "the line is blank; a trace file starts with its header line (remove the blank lines above it)");
        }

        Line = 1;
        // Names padded with spaces (Lithops' CSVs have them, e.g. "arrival_s, function") mean the same column.
        string[] names = Split(header, out int openHeader);
        if (openHeader >= 0)
        {
            throw SpansLines(source, 1, openHeader, names.Length);
        }

        Header = [.. names.Select(h => h.Trim())];
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Header.Length; i++)
        {
            if (!_columns.TryAdd(Header[i], i))
            {
                throw new TraceFormatException(source, 1, Header[i], "the column is named twice");
            }
        }
    }

    public string Source { get; }

    public int Line { get; private set; }

    public string[] Header { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public int Require(string column) =>
        _columns.TryGetValue(column, out int i) ? i : throw new TraceFormatException(Source, 1, column, $"the column is missing (header: {Quoted(string.Join(",", Header))})");

    /// <summary>A header as quoted in a message: at most 200 characters, so a binary or very wide file does not flood it.</summary>
    private static string Quoted(string header) => header.Length <= 200 ? header : string.Concat(header.AsSpan(0, 200), "...");

    public int IndexOf(string column) => _columns.TryGetValue(column, out int i) ? i : -1;

    /// <summary>Moves to the next non-empty line; false at the end.</summary>
    public bool Read()
    {
        while (_text.ReadLine(Line + 1) is { } line)
        {
            Line++;
            if (line.Length == 0)
            {
                continue;
            }

            _cells = Split(line, out int open);
            if (open >= 0)
            {
                throw SpansLines(Source, Line, open, Header.Length, Header);
            }

            if (_cells.Length != Header.Length)
            {
                throw new TraceFormatException(Source, Line, "(row)", $"{_cells.Length} cells where the header has {Header.Length}");
            }

            return true;
        }

        return false;
    }

    public string Text(int column) => _cells[column].Trim();

    /// <summary>.NET's number parsing ignores trailing NUL characters, so "10\0" read as 10: a NUL is no digit.</summary>
    private void RefuseNul(int column)
    {
        if (_cells[column].Contains('\0', StringComparison.Ordinal))
        {
            throw Bad(column, "the cell holds a NUL byte, which no number has (a binary or damaged file?); fix the cell");
        }
    }

    public double Double(int column, double min = 0)
    {
        RefuseNul(column);
        if (!double.TryParse(_cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw Bad(column, $"'{_cells[column]}' is not a number");
        }

        return value >= min ? value : throw Bad(column, $"{_cells[column]} is below {min.ToString(CultureInfo.InvariantCulture)}");
    }

    public int Int(int column, int min = 0)
    {
        RefuseNul(column);
        if (!int.TryParse(_cells[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            // A whole number out of the 32-bit range is not "not a whole number": say which limit it passes.
            throw BigInteger.TryParse(_cells[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var big)
                ? Bad(column, big > 0 ? $"{big} is too large; the largest value accepted is {int.MaxValue}" : $"{big} is below {min}")
                : Bad(column, $"'{_cells[column]}' is not a whole number");
        }

        return value >= min ? value : throw Bad(column, $"{value} is below {min}");
    }

    /// <summary>
    /// The latest arrival a trace may give, seconds after its start: the longest simulated span
    /// (<see cref="PlatformRun.MaxSimulatedSeconds"/>, the same 1e8 s as the scenario limit SimLimits.MaxSeconds).
    /// A later arrival could not run, and near 9.2e12 s it would not even fit the clock (<see cref="Engine.SimTime"/>).
    /// </summary>
    public const double MaxArrivalS = PlatformRun.MaxSimulatedSeconds;

    /// <summary>
    /// The longest duration or delay a trace may give, s: a call (or a cold start) longer than the span burstsim
    /// simulates (<see cref="PlatformRun.MaxSimulatedSeconds"/>, 1e8 s) could never end in a run. Refused at its cell by
    /// every reader (hostile11 B3: 1e23 s was caught only by the replay's bounds, naming no file and suggesting a
    /// monitoring interval that could not help).
    /// </summary>
    public const double MaxDurationS = PlatformRun.MaxSimulatedSeconds;

    /// <summary>
    /// Why <paramref name="value"/>, a duration or delay in milliseconds when <paramref name="milliseconds"/> else seconds,
    /// cannot be one (longer than <see cref="MaxDurationS"/>), or null: the one check of every trace reader's durations.
    /// </summary>
    public static string? DurationProblem(double value, bool milliseconds)
    {
        double seconds = milliseconds ? value / 1000 : value;
        if (seconds <= MaxDurationS)
        {
            return null;
        }

        string given = milliseconds
            ? string.Create(CultureInfo.InvariantCulture, $"{value:G4} ms ({seconds:G4} s)")
            : string.Create(CultureInfo.InvariantCulture, $"{value:G4} s");
        return string.Create(CultureInfo.InvariantCulture, $"a duration of {given} is longer than the {MaxDurationS:G4} s (about 3.2 years) burstsim simulates, so the call could never end; fix the value (the column is in {(milliseconds ? "milliseconds" : "seconds")}) or leave the row out");
    }

    /// <summary>A duration or delay cell (not negative, at most <see cref="MaxDurationS"/>), in the column's unit.</summary>
    /// <exception cref="TraceFormatException">Not a number, negative, or longer than <see cref="MaxDurationS"/> (names the file, line and column).</exception>
    public double Duration(int column, bool milliseconds = false)
    {
        double value = Double(column);
        return DurationProblem(value, milliseconds) is { } why ? throw Bad(column, why) : value;
    }

    /// <summary>The error for an arrival at <paramref name="arrivalS"/> beyond <see cref="MaxArrivalS"/> after the trace's start <paramref name="originS"/>, read from <paramref name="column"/> of the current row.</summary>
    public TraceFormatException TooFarInFuture(int column, double arrivalS, double originS) => TooFarInFuture(Source, Line, Header[column], arrivalS, originS);

    /// <summary>As <see cref="TooFarInFuture(int, double, double)"/>, for a row at <paramref name="line"/> of <paramref name="source"/>.</summary>
    public static TraceFormatException TooFarInFuture(string source, int line, string column, double arrivalS, double originS) => new(
        source,
        line,
        column,
        string.Create(
            CultureInfo.InvariantCulture,
            $"the arrival is too far in the future: {arrivalS:G6} s is {arrivalS - originS:G4} s after the trace's start ({originS:G6} s{(originS == 0 ? "" : ", its earliest arrival")}), beyond the {MaxArrivalS:G4} s (about 3.2 years) burstsim simulates; cut the trace to a shorter span or fix the time"));

    public TraceFormatException Bad(int column, string problem) => new(Source, Line, Header[column], problem);

    /// <summary>
    /// A quote opened in cell <paramref name="cell"/> (0-based) of <paramref name="line"/> and not closed on it: in CSV the
    /// cell runs on over the line break, which a trace's one-line rows never need, and counting its cells would blame the
    /// wrong thing.
    /// </summary>
    private static TraceFormatException SpansLines(string source, int line, int cell, int cells, string[]? header = null)
    {
        string column = header is not null && cell < header.Length ? header[cell] : string.Create(CultureInfo.InvariantCulture, $"#{cell + 1}");
        return new TraceFormatException(
            source,
            line,
            column,
            string.Create(CultureInfo.InvariantCulture, $"a quote (\") opened in this cell (cell {cell + 1} of {cells}) is not closed on this line, so the cell spans lines (a line break inside quotes); a trace keeps each row on one line: remove the line break inside the quotes, or the stray quote"));
    }

    /// <summary>The cells of one line; <paramref name="openCell"/> is the 0-based cell whose quote is still open at the line's end, else -1.</summary>
    private static string[] Split(string line, out int openCell)
    {
        openCell = -1;
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            openCell = cells.Count;
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
