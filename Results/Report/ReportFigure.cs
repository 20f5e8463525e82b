namespace Burstsim.Results.Report;

/// <summary>
/// One figure of the report: an image file relative to the report folder (e.g.
/// figures/timeline.svg), with a caption and optionally a table shown beside it.
/// </summary>
public sealed record ReportFigure(string Title, string Caption, string ImagePath)
{
    public ReportTable? Table { get; init; }
}
