namespace Burstsim.Results.Charts;

/// <summary>Text and size of a timeline figure (pixels). Defaults suit a one-to-three panel comparison.</summary>
public sealed record TimelineOptions
{
    public string Title { get; init; } = "Function timeline";

    public string TimeLabel { get; init; } = "time (s)";

    public string FunctionLabel { get; init; } = "function index";

    public string RunningLabel { get; init; } = "running functions";

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 1000;

    /// <summary>Height of each policy's bar panel in pixels, its title and tick labels included.</summary>
    public int PanelHeight { get; init; } = 260;

    /// <summary>Height of the running-functions panel at the bottom, in pixels.</summary>
    public int RunningHeight { get; init; } = 200;

    /// <summary>
    /// Most bars per panel; beyond it each bar spans several consecutive functions, so a figure of
    /// a million functions stays legible and small. The running count always counts every function.
    /// </summary>
    public int MaxBarsPerPanel { get; init; } = 2000;

    /// <exception cref="ArgumentOutOfRangeException">A size is too small to hold axes and labels.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(TimeLabel);
        ArgumentNullException.ThrowIfNull(FunctionLabel);
        ArgumentNullException.ThrowIfNull(RunningLabel);
        if (!(Width >= 400))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be at least 400 pixels.");
        }

        if (PanelHeight < 140 || RunningHeight < 120)
        {
            throw new ArgumentOutOfRangeException(nameof(PanelHeight), PanelHeight, "PanelHeight must be at least 140 pixels and RunningHeight at least 120.");
        }

        if (MaxBarsPerPanel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBarsPerPanel), MaxBarsPerPanel, "MaxBarsPerPanel must be at least 1.");
        }
    }
}
