namespace Burstsim.Scenarios.Traces;

/// <summary>
/// Spreads a function's scaled calls over its original ones: after the trace's first c calls (in file order, or minute by
/// minute) the sample has made round(target x c / calls) calls, so the total is exactly <c>target</c> and every stretch
/// of the trace keeps its share (0.5 halves each minute's count, 2 doubles it; with rounding carried, not dropped).
/// </summary>
/// <param name="calls">The function's calls in the trace, at least 1.</param>
/// <param name="target">Its calls in the sample, at least 0.</param>
internal sealed class CallScaler(long calls, long target)
{
    private long _seen;
    private long _made;

    /// <summary>The calls to make for the next <paramref name="count"/> of the trace's calls.</summary>
    public long Take(long count)
    {
        _seen += count;

        // round(target * seen / calls), halves up, in exact integer arithmetic: no rounding differs between machines.
        long made = (long)(((Int128)target * _seen * 2 + calls) / ((Int128)calls * 2));
        long now = made - _made;
        _made = made;
        return now;
    }
}
