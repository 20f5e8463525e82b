namespace Burstsim.Results.Charts;

/// <summary>Text and size of a CDF chart; defaults are those of the startup-latency CDF.</summary>
public sealed record CdfOptions
{
    public string Title { get; init; } = "Startup latency distribution";

    public string XLabel { get; init; } = "startup latency (s)";

    public string YLabel { get; init; } = "fraction of functions";

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 800;

    /// <summary>Figure height in pixels.</summary>
    public double Height { get; init; } = 460;

    public bool IncludeZero { get; init; } = true;

    /// <summary>Most steps drawn per curve; more are thinned by <see cref="Statistics.EmpiricalCdf.Steps"/>.</summary>
    public int MaxStepsPerSeries { get; init; } = 2000;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        if (!(Width >= 300) || !(Height >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "A CDF chart needs at least 300 x 200 pixels.");
        }

        if (MaxStepsPerSeries < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStepsPerSeries), MaxStepsPerSeries, "MaxStepsPerSeries must be at least 2.");
        }
    }
}
