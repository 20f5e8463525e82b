namespace Burstsim.Results.Charts;

/// <summary>One panel of a timeline figure: usually one policy's run of the workload.</summary>
public sealed record TimelinePanel(string Title, IReadOnlyList<TimelineRow> Rows);
