namespace Burstsim.Results.Charts;

/// <summary>The paper style's height budgets, in points: a journal column page and the panels stacked in it.</summary>
internal static class PaperSizes
{
    /// <summary>Tallest paper figure, points: a journal column page holds about 9 in of text (an inch of it is left to the legend strip and caption).</summary>
    public const double PageBudget = (9 * 72) - 72;

    /// <summary>Height a paper column figure should keep to, points: 4.5 in, half of a journal column page.</summary>
    public const double ColumnHeight = 4.5 * 72;

    /// <summary>
    /// Thinnest facet of a paper stack, points: a 53 pt data area (review 24c: 28 pt facets left 16 pt of data for 960
    /// functions, unreadable). Seven such facets with a legend strip and time axis make a figure of about 7.6 in, a full
    /// column page rather than half of one.
    /// </summary>
    public const double FacetMin = 60;

    /// <summary>
    /// The floor of each of <paramref name="rows"/> stacked paper panels: <paramref name="preferred"/> points while they fit
    /// <see cref="PageBudget"/>, else the page shared among them, but not below 60 points (a panel title, a data area
    /// and tick labels). Screen figures keep <paramref name="preferred"/>.
    /// </summary>
    public static double PanelFloor(FigureStyle style, int rows, double preferred) =>
        style.IsPaper ? Math.Floor(Math.Min(preferred, Math.Max(60, PageBudget / Math.Max(1, rows)))) : preferred;

    /// <summary>
    /// Height of each of <paramref name="count"/> facets of a paper stack, points: <paramref name="natural"/> while they fit
    /// <see cref="ColumnHeight"/> beside <paramref name="reserved"/> points of other rows (legend strip, a shared bottom
    /// panel), else the column shared among them, but not below <see cref="FacetMin"/>.
    /// </summary>
    public static double FacetHeight(int count, double natural, double reserved) =>
        Math.Floor(Math.Min(natural, Math.Max(FacetMin, (ColumnHeight - reserved) / Math.Max(1, count))));
}
