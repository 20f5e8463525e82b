namespace Burstsim.Results.Charts;

/// <summary>
/// Text and size of a figure: one record for every chart kind, defaults as initialisers, variants by
/// <c>with</c> (e.g. <c>BoxplotChart.Defaults with { Title = "..." }</c>). Labels carry the units.
/// </summary>
public sealed record ChartOptions
{
    /// <summary>Title above the figure.</summary>
    public string Title { get; init; } = "";

    /// <summary>Label of the x axis with its unit (time, the measured value, the categories); empty for none.</summary>
    public string XLabel { get; init; } = "";

    /// <summary>Label of the y axis with its unit; empty for none.</summary>
    public string YLabel { get; init; } = "";

    /// <summary>Figure width in pixels.</summary>
    public double Width { get; init; } = 800;

    /// <summary>Figure height in pixels; in a figure with one panel per policy, the height of each panel.</summary>
    public double Height { get; init; } = 460;

    /// <summary>
    /// Most marks drawn per series: bars per timeline panel, calls per Lithops panel, outliers per box,
    /// steps per CDF curve. Beyond it the figure aggregates or thins, and its notes say so.
    /// </summary>
    public int MaxMarks { get; init; } = 2000;

    /// <summary>This, once checked against a chart's smallest size in pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Width or Height below that size, or MaxMarks below 2.</exception>
    internal ChartOptions Checked(double minWidth, double minHeight)
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        // CompareTo puts NaN below every number, so a NaN size is refused too.
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, minWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, minHeight);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMarks, 2);
        return this;
    }
}
