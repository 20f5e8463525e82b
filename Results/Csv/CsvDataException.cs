namespace Burstsim.Results.Csv;

/// <summary>
/// A CSV file that cannot be read as burstsim or Lithops data. The message names the file, the
/// line and the column, so a user can open the file at the right place (and the CLI can report
/// bad input with exit code 2).
/// </summary>
public sealed class CsvDataException : FormatException
{
    public CsvDataException()
    {
    }

    public CsvDataException(string message)
        : base(message)
    {
    }

    public CsvDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvDataException(string source, long line, string? column, string problem, Exception? innerException = null)
        : base(Describe(source, line, column, problem), innerException)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file (or the name given for a stream).</summary>
    public new string? Source { get; }

    /// <summary>1-based line in the file; 0 when the problem is not tied to a line.</summary>
    public long Line { get; }

    /// <summary>The column name, when one column is at fault.</summary>
    public string? Column { get; }

    private static string Describe(string source, long line, string? column, string problem)
    {
        string where = line > 0 ? $"{source}, line {line}" : source;
        return column is null ? $"{where}: {problem}" : $"{where}, column '{column}': {problem}";
    }
}
