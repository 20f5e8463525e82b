namespace Burstsim.Results.Regression;

/// <summary>A baseline file that cannot be used: names the field (as a path such as <c>runs[2].makespan_s.mean</c>), the line and the fix.</summary>
public sealed class BaselineFormatException : Exception
{
    public BaselineFormatException(string field, string problem, int? line)
        : base(line is { } l ? $"{field} (line {l}): {problem}" : $"{field}: {problem}")
    {
        Field = field;
        Problem = problem;
        Line = line;
    }

    /// <summary>A problem at <paramref name="line"/> found through a lower-level failure (the YAML parser's), kept as the inner exception so a caller can word it.</summary>
    public BaselineFormatException(string field, string problem, int? line, Exception innerException)
        : base(line is { } l ? $"{field} (line {l}): {problem}" : $"{field}: {problem}", innerException)
    {
        Field = field;
        Problem = problem;
        Line = line;
    }

    public BaselineFormatException()
    {
        Field = Problem = string.Empty;
    }

    public BaselineFormatException(string message)
        : base(message)
    {
        Field = string.Empty;
        Problem = message;
    }

    public BaselineFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Problem = message;
    }

    public string Field { get; }

    public string Problem { get; }

    public int? Line { get; }
}
