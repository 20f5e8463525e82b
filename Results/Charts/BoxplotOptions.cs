namespace Burstsim.Results.Charts;

/// <summary>Text and size of a box plot; defaults are those of the startup-latency figure.</summary>
public sealed record BoxplotOptions
{
    public string Title { get; init; } = "Startup latency";

    public string YLabel { get; init; } = "startup latency (s)";

    /// <summary>Label under the categories, e.g. "functions per container"; empty for none.</summary>
    public string XLabel { get; init; } = "";

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 900;

    /// <summary>Figure height in pixels.</summary>
    public double Height { get; init; } = 480;

    /// <summary>Start the y axis at zero: latencies compare best against nothing.</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>Most outliers drawn per box; beyond it every k-th by rank is drawn and the figure's notes say so.</summary>
    public int MaxOutliersPerBox { get; init; } = 500;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(YLabel);
        ArgumentNullException.ThrowIfNull(XLabel);
        if (!(Width >= 300) || !(Height >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "A box plot needs at least 300 x 200 pixels.");
        }

        if (MaxOutliersPerBox < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxOutliersPerBox), MaxOutliersPerBox, "MaxOutliersPerBox must be at least 1.");
        }
    }
}
