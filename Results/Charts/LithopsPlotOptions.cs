namespace Burstsim.Results.Charts;

/// <summary>Text and size of the Lithops-style pair (<see cref="LithopsTimelineChart"/>, <see cref="ActiveCallsChart"/>), in pixels.</summary>
public sealed record LithopsPlotOptions
{
    public string Title { get; init; } = "Lithops timeline";

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 1000;

    /// <summary>Height of each panel (one per policy) in pixels.</summary>
    public int PanelHeight { get; init; } = 300;

    /// <summary>Most calls drawn per panel; beyond it every k-th call is drawn (timeline) or bars span k calls (active calls), and the notes say so.</summary>
    public int MaxCallsPerPanel { get; init; } = 4000;

    /// <exception cref="ArgumentOutOfRangeException">A size below its minimum.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        if (!(Width >= 400) || PanelHeight < 160)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "The Lithops plots need Width >= 400 and PanelHeight >= 160 pixels.");
        }

        if (MaxCallsPerPanel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCallsPerPanel), MaxCallsPerPanel, "MaxCallsPerPanel must be at least 1.");
        }
    }
}
