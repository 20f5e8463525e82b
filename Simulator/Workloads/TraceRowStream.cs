using System.Collections;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// The calls of a per-invocation trace file, read as they are needed instead of held. Opening the trace reads it once,
/// checking every row (a bad cell is refused before anything runs) and measuring how far out of arrival order its rows
/// are (the largest amount a row arrives before one above it in the file). Each enumeration then reads the file again
/// and hands the calls out in arrival order (ties in file order) through a reorder buffer that holds only the rows
/// within that lag, so memory follows the trace's disorder and not its length: a file in arrival order holds one row
/// at a time. Reading by index walks from the last index read.
/// </summary>
public sealed class TraceRowStream : IReadOnlyList<TraceInvocation>
{
    private readonly Func<TextReader> _open;
    private readonly ITraceRowFormat _format;
    private IEnumerator<TraceInvocation>? _cursor;
    private int _cursorIndex = -1;

    private TraceRowStream(Func<TextReader> open, string source, ITraceRowFormat format)
    {
        _open = open;
        _format = format;
        Source = source;
    }

    /// <summary>The file the calls come from (in error messages).</summary>
    public string Source { get; }

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Functions of every call (a call of a map counts its functions).</summary>
    public long Functions { get; private set; }

    /// <summary>Function-seconds of every call (its functions times each one's CPU plus waiting), s.</summary>
    public double FunctionSeconds { get; private set; }

    /// <summary>Seconds of every call's function run (CPU plus waiting), one per call, summed: at least what the Lithops monitor polls for.</summary>
    public double CallSeconds { get; private set; }

    /// <summary>The smallest memory_mb a call gives; null when none gives one (every call then takes the runtime default).</summary>
    public int? MemoryMbAtLeast { get; private set; }

    /// <summary>True when every call gives its memory_mb (no call takes the runtime default).</summary>
    public bool EveryCallHasMemory { get; private set; } = true;

    /// <summary>The call with the most function-seconds, with its line in the file (its arrival as read, before <see cref="OriginS"/> is taken off); null for an empty trace.</summary>
    public (TraceInvocation Call, int Line)? Largest { get; private set; }

    /// <summary>Seconds subtracted from every arrival the format reads: the earliest arrival for formats timed from an epoch of their own, else 0.</summary>
    public double OriginS { get; private set; }

    /// <summary>The largest amount, seconds, a row arrives before an earlier row of the file; 0 for a file in arrival order.</summary>
    public double DisorderS { get; private set; }

    /// <summary>The line of the row that sets <see cref="DisorderS"/> and the line above it whose arrival it precedes by that much; null for a file in arrival order.</summary>
    public (int Line, int Before)? DisorderAt { get; private set; }

    /// <summary>
    /// About how many rows the replay's reorder buffer holds at once: the calls within <see cref="DisorderS"/> of one
    /// another at the trace's mean rate (<see cref="Count"/> times the lag over the span), at least one. An estimate,
    /// not a bound: one row moved from the top of a file to its end makes the lag the whole span and the buffer the
    /// whole file (hostile10 F16: 3 M rows, 1.7 GB), which is what the memory check and its warning must see.
    /// </summary>
    public long RowsHeldEstimate { get; private set; } = 1;

    /// <summary>Reads and checks every row of the file <paramref name="open"/> opens.</summary>
    /// <exception cref="TraceFormatException">A missing column or a bad cell (names the source, line and column), or more rows than a run can number.</exception>
    /// <param name="open">Opens the file (again) from its start.</param>
    /// <param name="source">Names the file in messages.</param>
    /// <param name="format">Reads its rows.</param>
    /// <param name="fromFirstArrival">Times the calls from the earliest arrival (traces stamped with wall-clock or trace-relative epochs) instead of from 0.</param>
    internal static TraceRowStream Open(Func<TextReader> open, string source, ITraceRowFormat format, bool fromFirstArrival = false)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(format);
        var stream = new TraceRowStream(open, source, format);
        double latest = double.NegativeInfinity;
        double earliest = double.PositiveInfinity;
        int latestLine = 0;
        long count = 0;
        using var text = open();
        var table = new TraceTable(text, source);
        format.Bind(table);
        while (table.Read())
        {
            if (format.Read(table) is not { } row)
            {
                continue;
            }

            if (++count > int.MaxValue)
            {
                throw new TraceFormatException(source, table.Line, "(row)", $"more than {int.MaxValue} calls, more than one run can number; split the trace");
            }

            stream.Functions += row.Functions;
            double seconds = row.Work.CpuSeconds + row.Work.WaitSeconds;
            stream.CallSeconds += seconds;
            stream.FunctionSeconds += seconds * row.Functions;
            if (stream.Largest is not { } largest || seconds * row.Functions > (largest.Call.Work.CpuSeconds + largest.Call.Work.WaitSeconds) * largest.Call.Functions)
            {
                stream.Largest = (row, table.Line);
            }

            stream.MemoryMbAtLeast = row.MemoryMb is { } memory ? Math.Min(memory, stream.MemoryMbAtLeast ?? int.MaxValue) : stream.MemoryMbAtLeast;
            stream.EveryCallHasMemory &= row.MemoryMb is not null;
            if (latest - row.ArrivalS > stream.DisorderS)
            {
                stream.DisorderS = latest - row.ArrivalS;
                stream.DisorderAt = (table.Line, latestLine);
            }

            if (row.ArrivalS > latest)
            {
                latest = row.ArrivalS;
                latestLine = table.Line;
            }

            earliest = Math.Min(earliest, row.ArrivalS);

            // Refused as soon as the span is too long, before any SimTime is made of it (a time near 9.2e12 s would
            // not fit the clock). An early row can stretch the span too, so the message names the latest arrival's line.
            double origin = fromFirstArrival ? earliest : 0;
            if (latest - origin > TraceTable.MaxArrivalS)
            {
                throw TraceTable.TooFarInFuture(source, latestLine, format.ArrivalColumn, latest, origin);
            }
        }

        stream.Count = (int)count;
        stream.OriginS = fromFirstArrival && count > 0 ? earliest : 0;
        double span = latest - earliest;
        stream.RowsHeldEstimate = stream.DisorderS <= 0 || count == 0
            ? 1
            : Math.Max(1, (long)Math.Ceiling(count * Math.Min(1, span > 0 ? stream.DisorderS / span : 1)));
        return stream;
    }

    /// <summary>The call at <paramref name="index"/> in arrival order, found by walking the trace.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, Count).</exception>
    public TraceInvocation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (_cursor is null || index < _cursorIndex)
            {
                _cursor?.Dispose();
                _cursor = GetEnumerator();
                _cursorIndex = -1;
            }

            while (_cursorIndex < index && _cursor.MoveNext())
            {
                _cursorIndex++;
            }

            return _cursor.Current;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">The file changed since it was opened (fewer, more or other rows).</exception>
    public IEnumerator<TraceInvocation> GetEnumerator()
    {
        using var text = _open();
        var table = new TraceTable(text, Source);
        _format.Bind(table);
        var buffer = new PriorityQueue<TraceInvocation, (double ArrivalS, long Index)>();
        double latest = double.NegativeInfinity;
        long index = 0;
        int made = 0;

        // A millisecond more than the lag measured covers the rounding of the subtractions that measured it.
        double slack = DisorderS > 0 ? DisorderS + 1e-3 : 0;
        while (table.Read())
        {
            if (_format.Read(table) is not { } row)
            {
                continue;
            }

            buffer.Enqueue(OriginS == 0 ? row : row with { ArrivalS = row.ArrivalS - OriginS }, (row.ArrivalS, index++));
            latest = Math.Max(latest, row.ArrivalS);

            // No row still to come arrives before latest - DisorderS (that is how the lag was measured), so rows
            // before it are in their final order; one at it exactly may still be followed by an equal one.
            while (buffer.TryPeek(out _, out var key) && key.ArrivalS < latest - slack)
            {
                made++;
                yield return buffer.Dequeue();
            }
        }

        while (buffer.Count > 0)
        {
            made++;
            yield return buffer.Dequeue();
        }

        if (made != Count)
        {
            throw new InvalidDataException($"{Source} changed while it was replayed: {made} calls now, {Count} when it was opened");
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
