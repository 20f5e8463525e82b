namespace Burstsim.Results.Charts;

/// <summary>
/// Text and size of a figure: one record for every chart kind, defaults as initialisers, variants by
/// <c>with</c> (e.g. <c>BoxplotChart.Defaults with { Title = "..." }</c>). Labels carry the units.
/// </summary>
/// <param name="Title">Title above the figure.</param>
/// <param name="XLabel">Label of the x axis with its unit (time, the measured value, the categories); empty for none.</param>
/// <param name="YLabel">Label of the y axis with its unit; empty for none.</param>
/// <param name="Width">Figure width in pixels.</param>
/// <param name="Height">Figure height in pixels; in a figure with one panel per policy, the height of each panel.</param>
/// <param name="MaxMarks">
/// Most marks drawn per series: bars per timeline panel, calls per Lithops panel, outliers per box,
/// steps per CDF curve. Beyond it the figure aggregates or thins, and its notes say so.
/// </param>
public sealed record ChartOptions(string Title = "", string XLabel = "", string YLabel = "", double Width = 800, double Height = 460, int MaxMarks = 2000)
{
    /// <summary>Screen (default, sizes in pixels as given) or paper (printed width in points, no title, legend strip); see <see cref="FigureStyle"/>.</summary>
    public FigureStyle Style { get; init; } = FigureStyle.Screen;

    /// <summary>The title to draw: <see cref="Title"/> on screen, none on paper (the caption carries it).</summary>
    internal string ShownTitle => Style.DrawsTitles ? Title : "";

    /// <summary>This, once checked against a chart's smallest size in pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Width or Height below that size, or MaxMarks below 2.</exception>
    internal ChartOptions Checked(double minWidth, double minHeight)
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(XLabel);
        ArgumentNullException.ThrowIfNull(YLabel);
        ArgumentNullException.ThrowIfNull(Style);
        // CompareTo puts NaN below every number, so a NaN size is refused too.
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, minWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, minHeight);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMarks, 2);
        return this;
    }
}
