namespace Burstsim.Results.Charts;

/// <summary>
/// One function on a timeline, times in seconds: submitted at <paramref name="Submit"/>, running
/// from <paramref name="Start"/> to <paramref name="End"/> on invoker number
/// <paramref name="InvokerIndex"/>. A value type because timelines hold up to millions of rows.
/// </summary>
public readonly record struct TimelineRow(int FunctionId, double Submit, double Start, double End, int InvokerIndex, string InvokerName)
{
    /// <summary>A fault lost this attempt (it ran, or waited, until <see cref="End"/>); drawn grey, its re-run is another row.</summary>
    public bool Lost { get; init; }
}
