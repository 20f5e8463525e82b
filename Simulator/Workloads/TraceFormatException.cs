namespace Burstsim.Simulator.Workloads;

/// <summary>A trace file that cannot be read: names the source, the line (1-based) and the column.</summary>
public sealed class TraceFormatException : Exception
{
    public TraceFormatException(string source, int line, string column, string problem)
        : base($"{source}, line {line}, column '{column}': {problem}")
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public TraceFormatException()
    {
        Source = Column = Problem = string.Empty;
    }

    public TraceFormatException(string message)
        : base(message)
    {
        Source = Column = Problem = string.Empty;
    }

    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = Column = Problem = string.Empty;
    }

    public new string Source { get; }

    public int Line { get; }

    public string Column { get; }

    public string Problem { get; }
}
