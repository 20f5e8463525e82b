namespace Burstsim.Simulator.Workloads;

/// <summary>How one per-invocation trace format's rows become calls: its columns are checked once, then each row is read.</summary>
internal interface ITraceRowFormat
{
    /// <summary>Finds the format's columns in the header.</summary>
    /// <exception cref="TraceFormatException">A required column is missing (names it).</exception>
    void Bind(TraceTable table);

    /// <summary>The column the arrival is read from (named when an arrival lies beyond the simulated span).</summary>
    string ArrivalColumn { get; }

    /// <summary>The call of the current row; null leaves the row out.</summary>
    /// <exception cref="TraceFormatException">A bad cell (names the line and column).</exception>
    TraceInvocation? Read(TraceTable table);
}
