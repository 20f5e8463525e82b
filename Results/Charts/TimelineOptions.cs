namespace Burstsim.Results.Charts;

/// <summary>Text and size of a timeline figure. Defaults suit a one-to-three panel comparison.</summary>
public sealed record TimelineOptions
{
    public string Title { get; init; } = "Function timeline";

    public string TimeLabel { get; init; } = "time (s)";

    public string FunctionLabel { get; init; } = "function index";

    public string RunningLabel { get; init; } = "running functions";

    public double Width { get; init; } = 1000;

    /// <summary>Height of each panel, including its title and time tick labels.</summary>
    public double PanelHeight { get; init; } = 280;

    /// <summary>
    /// Most bars (and submit dots) drawn per panel; beyond it every k-th function is drawn so the
    /// SVG stays small enough to open. The running-function curve always counts every row.
    /// </summary>
    public int MaxBarsPerPanel { get; init; } = 5000;

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

        if (!(PanelHeight >= 140))
        {
            throw new ArgumentOutOfRangeException(nameof(PanelHeight), PanelHeight, "PanelHeight must be at least 140 pixels.");
        }

        if (MaxBarsPerPanel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBarsPerPanel), MaxBarsPerPanel, "MaxBarsPerPanel must be at least 1.");
        }
    }
}
