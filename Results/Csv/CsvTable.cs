using System.Globalization;
using CsvHelper;

namespace Burstsim.Results.Csv;

/// <summary>
/// A CSV file read row by row with columns looked up by their trimmed header name, and typed
/// getters whose errors name the file, line and column. CsvHelper does the RFC 4180 parsing.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
        // A record past this is no Lithops or summary row (theirs are under 1 KB): a device, a binary file or a runaway
        // cell is refused at its line instead of growing the buffer towards 2 GiB (out of memory under a limit).
        MaxRecordSize = MaxRecordBytes,
    };

    /// <summary>Largest record read, bytes of UTF-8 input: the trace readers' line bound (16 Mi characters).</summary>
    public const int MaxRecordBytes = 16 << 20;

    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private CsvTable(CsvReader reader, string source)
    {
        _reader = reader;
        Source = source;
        Columns = Guard(() => _reader.Headers.Select(name => name.Trim()).ToArray());
        for (int i = 0; i < Columns.Count; i++)
        {
            if (!_index.TryAdd(Columns[i], i))
            {
                // Column names are never numbers: a repeated number means the first line is a data row
                // (a real export without its header, where every row has e.g. a 0 in two columns).
                if (double.TryParse(Columns[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    throw new CsvDataException(source, 1, "(header)", $"the file has no header line: its first line holds values ('{Columns[i]}' appears twice), not column names. Add the header line of column names as the first line.");
                }

                throw new CsvDataException(source, 1, Columns[i], "the column appears twice in the header.");
            }
        }
    }

    public static CsvTable Open(TextReader text, string source, bool leaveOpen) =>
        new(CsvReader.Create(text, Options, leaveOpen), source);

    public string Source { get; }

    /// <summary>Header names, trimmed (Lithops writes some with trailing spaces).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>1-based line where the current record starts (the header is line 1).</summary>
    public long Line => _reader.LineNumber;

    /// <summary>The column's index, or -1 when the file does not have it.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    public int Require(string name) =>
        _index.TryGetValue(name, out int i) ? i : throw new CsvDataException(Source, 1, name, "required column is missing from the header.");

    public bool Read() => Guard(_reader.Read);

    /// <summary>The raw cell, or null when the column is absent or the cell empty.</summary>
    public string? Text(int column)
    {
        if (column < 0)
        {
            return null;
        }

        // Real Lithops exports pad some cells with spaces (pandas' fixed-width writers): a blank cell is an empty one.
        string? value = _reader.GetString(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredText(int column) => Text(column) ?? throw Bad(column, "a value is required.");

    public double? Double(int column)
    {
        string? text = Text(column);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw Bad(column, $"'{text}' is not a number.");
    }

    public double RequiredDouble(int column) => Double(column) ?? throw Bad(column, "a number is required.");

    public long? Integer(int column)
    {
        double? value = Double(column);
        if (value is null)
        {
            return null;
        }

        // Counts may come as "3" or, from pandas, "3.0": accept any whole number.
        // Beyond 9e15 a double no longer holds every whole number, so a larger one is refused as too large, not as a fraction.
        double whole = Math.Round(value.Value);
        return whole != value.Value ? throw Bad(column, $"'{Text(column)}' is not a whole number.")
            : Math.Abs(whole) < 9e15 ? (long)whole
            : throw Bad(column, whole > 0 ? $"'{Text(column)}' is too large; the largest value accepted is 9e15." : $"'{Text(column)}' is too small; the smallest value accepted is -9e15.");
    }

    public int? Int32(int column)
    {
        long? value = Integer(column);
        return value is null or (>= int.MinValue and <= int.MaxValue)
            ? (int?)value
            : throw Bad(column, value > 0 ? $"'{Text(column)}' is too large; the largest value accepted is {int.MaxValue}." : $"'{Text(column)}' is too small; the smallest value accepted is {int.MinValue}.");
    }

    public ulong? UInt64(int column)
    {
        string? text = Text(column);
        if (text is null)
        {
            return null;
        }

        // Seeds use all 64 bits: parse them as integers, never through a double.
        return ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            ? value
            : throw Bad(column, $"'{text}' is not a non-negative integer.");
    }

    public bool? Bool(int column)
    {
        string? text = Text(column)?.Trim();
        return text switch
        {
            null => null,
            _ when text.Equals("True", StringComparison.OrdinalIgnoreCase) || text == "1" => true,
            _ when text.Equals("False", StringComparison.OrdinalIgnoreCase) || text == "0" => false,
            _ => throw Bad(column, $"'{text}' is not True or False."),
        };
    }

    public void Dispose() => _reader.Dispose();

    private CsvDataException Bad(int column, string problem) => new(Source, Line, Columns[column], problem);

    /// <summary>Turns CsvHelper's parse errors (bad quoting, ragged rows) into ones naming the file.</summary>
    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException e) when (e.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
        {
            throw new CsvDataException(Source, e.LineNumber, null, $"the row is longer than {MaxRecordBytes >> 20} MiB, which no Lithops statistics or summary row is (theirs are under 1 KB); check the file: a device, a binary file or a cell without its end is no such CSV", e);
        }
        catch (CsvFormatException e)
        {
            throw new CsvDataException(Source, e.LineNumber, null, e.Message, e);
        }
    }
}
