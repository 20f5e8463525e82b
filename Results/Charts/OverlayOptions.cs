namespace Burstsim.Results.Charts;

/// <summary>Text and size of the real-vs-simulated overlay (pixels); defaults are those of a startup-latency comparison.</summary>
public sealed record OverlayOptions
{
    public string Title { get; init; } = "Startup latency: real vs simulated";

    /// <summary>The measured quantity with its unit: the box plot's y label and the CDF's x label.</summary>
    public string ValueLabel { get; init; } = "startup latency (s)";

    /// <summary>Figure width in pixels (box plot left third, CDF right two thirds).</summary>
    public double Width { get; init; } = 1000;

    /// <summary>Figure height in pixels.</summary>
    public double Height { get; init; } = 420;

    /// <exception cref="ArgumentOutOfRangeException">Smaller than 500 x 250 pixels.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(ValueLabel);
        if (!(Width >= 500) || !(Height >= 250))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), "The overlay needs at least 500 x 250 pixels.");
        }
    }
}
