namespace Burstsim.Results.Csv;

/// <summary>
/// Reads Lithops statistics CSVs (the calibration files) and burstsim's own activations.csv into
/// <see cref="LithopsRow"/>s. Header names are trimmed; only host_job_create_tstamp and
/// worker_start_tstamp are required; numbers and True/False are parsed invariantly. Bad data
/// throws <see cref="CsvDataException"/> naming the file, line and column.
/// </summary>
public static class LithopsCsvReader
{
    /// <summary>Reads a whole file; for a million-row activations.csv prefer <see cref="Read(TextReader, string)"/>.</summary>
    public static IReadOnlyList<LithopsRow> ReadFile(string path)
    {
        using var text = new StreamReader(path);
        return [.. Read(text, path)];
    }

    /// <summary>Streams the rows of <paramref name="text"/>; <paramref name="source"/> names it in error messages. The reader stays open.</summary>
    public static IEnumerable<LithopsRow> Read(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return ReadRows(text, source);
    }

    private static IEnumerable<LithopsRow> ReadRows(TextReader text, string source)
    {
        using var table = CsvTable.Open(text, source, leaveOpen: true);
        var columns = new LithopsColumnIndex(table);
        while (table.Read())
        {
            yield return columns.Row(table);
        }
    }
}
