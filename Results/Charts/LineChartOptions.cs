namespace Burstsim.Results.Charts;

/// <summary>Text and size of a line chart. Axis labels are required: they carry the units.</summary>
public sealed record LineChartOptions
{
    public required string Title { get; init; }

    public required string XLabel { get; init; }

    public required string YLabel { get; init; }

    /// <summary>Label of the right-hand axis; needed when a series sets SecondaryAxis.</summary>
    public string? SecondaryYLabel { get; init; }

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 800;

    /// <summary>Figure height in pixels.</summary>
    public double Height { get; init; } = 460;

    /// <summary>Start the y axes at zero (latencies, counts).</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>Draw x on a log10 scale (e.g. dispatch intervals from 0.01 s to 1 s); every x must be above 0.</summary>
    public bool LogX { get; init; }

    /// <summary>Constants drawn as horizontal dashed lines (with optional bands), e.g. policies without the swept parameter.</summary>
    public IReadOnlyList<ReferenceLine> References { get; init; } = [];

    /// <exception cref="ArgumentOutOfRangeException">The chart is smaller than 300 x 200 pixels.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        ArgumentNullException.ThrowIfNull(References);
        if (!(Width >= 300) || !(Height >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "A line chart needs at least 300 x 200 pixels.");
        }
    }
}
