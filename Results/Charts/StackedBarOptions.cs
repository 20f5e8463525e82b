namespace Burstsim.Results.Charts;

/// <summary>Text and size of a stacked bar chart (pixels). Axis labels are required: they carry the units.</summary>
public sealed record StackedBarOptions
{
    public required string Title { get; init; }

    /// <summary>Label under the categories, e.g. "policy"; empty for none.</summary>
    public string XLabel { get; init; } = "";

    /// <summary>Label of the stacked quantity with its unit, e.g. "makespan (s)".</summary>
    public required string YLabel { get; init; }

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 900;

    /// <summary>Figure height in pixels.</summary>
    public double Height { get; init; } = 460;

    /// <exception cref="ArgumentOutOfRangeException">Smaller than 300 x 200 pixels.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        if (!(Width >= 300) || !(Height >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "A stacked bar chart needs at least 300 x 200 pixels.");
        }
    }
}
