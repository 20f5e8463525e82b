namespace Burstsim.Simulator.Workloads;

/// <summary>A trace file that cannot be read: names the source, the line (1-based) and the column.</summary>
public sealed class TraceFormatException : Exception
{
    /// <summary>A problem at <paramref name="line"/> (1-based), <paramref name="column"/> of <paramref name="source"/>.</summary>
    public TraceFormatException(string source, int line, string column, string problem)
        : base($"{source}, line {line}, column '{column}': {problem}")
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>A trace error without a location.</summary>
    public TraceFormatException()
    {
        Source = Column = Problem = string.Empty;
    }

    /// <summary>A trace error described by <paramref name="message"/>, without a location.</summary>
    public TraceFormatException(string message)
        : base(message)
    {
        Source = Column = Problem = string.Empty;
    }

    /// <summary>A trace error described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = Column = Problem = string.Empty;
    }

    /// <summary>The trace file (or stream name) at fault; empty when not given.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line at fault; 0 when not given.</summary>
    public int Line { get; }

    /// <summary>The column at fault; empty when not given.</summary>
    public string Column { get; }

    /// <summary>What is wrong with the cell; empty when not given.</summary>
    public string Problem { get; }
}
