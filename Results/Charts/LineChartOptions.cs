namespace Burstsim.Results.Charts;

/// <summary>Text and size of a line chart. Axis labels are required: they carry the units.</summary>
public sealed record LineChartOptions
{
    public required string Title { get; init; }

    public required string XLabel { get; init; }

    public required string YLabel { get; init; }

    /// <summary>Label of the right-hand axis; needed when a series sets SecondaryAxis.</summary>
    public string? SecondaryYLabel { get; init; }

    public double Width { get; init; } = 800;

    public double Height { get; init; } = 460;

    /// <summary>Start the y axes at zero (latencies, counts).</summary>
    public bool IncludeZero { get; init; } = true;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        if (!(Width >= 300) || !(Height >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "A line chart needs at least 300 x 200 pixels.");
        }
    }
}
