using System.Globalization;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>
/// Box plots (Tukey: whiskers at the last point within 1.5 IQR, outliers as circles), one box per
/// category, or per category and series side by side with a legend (the paper's Figure 6:
/// granularity on x, 48 vs 96 workers as series). Elements carry the classes box, median,
/// whisker, outlier. Categories and series keep their order of first appearance.
/// </summary>
public static class BoxplotChart
{
    private const string StrokeColor = "#222222";

    public static SvgDocument Render(IReadOnlyList<BoxplotBox> boxes, BoxplotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        options ??= new BoxplotOptions();
        options.Validate();
        if (boxes.Count == 0)
        {
            throw new ArgumentException("A box plot needs at least one box.", nameof(boxes));
        }

        var categories = boxes.Select(b => b.Category).Distinct(StringComparer.Ordinal).ToList();
        var series = boxes.Select(b => b.Series).Distinct(StringComparer.Ordinal).ToList();
        bool grouped = series.Count > 1;
        var seriesColors = Palette.ForSeries(series);
        var legend = grouped ? series.Select((s, i) => new LegendEntry(s, seriesColors[i])).ToList() : [];

        double yMin = boxes.Min(b => b.Stats.Min);
        double yMax = boxes.Max(b => b.Stats.Max);
        var notes = new List<string>();
        double xLabelHeight = options.XLabel.Length == 0 ? 0 : Axis.LabelFontSize + 12;
        double legendWidth = Legend.Width(legend);
        double right = legendWidth > 0 ? legendWidth + 30 : 20;

        // The y scale depends on the plot height and the label height on the slot width; one
        // refinement pass settles both (labels only ever need less room the second time).
        var yScale = NiceScale.Covering(yMin, yMax, 6, options.IncludeZero);
        double left = 8 + Axis.VerticalMargin(yScale);
        var layout = CategoryLabels.Plan(categories, (options.Width - left - right) / categories.Count);
        left = Math.Max(left, layout.Overhang - ((options.Width - left - right) / categories.Count / 2) + 8);
        double plotWidth = options.Width - left - right;
        layout = CategoryLabels.Plan(categories, plotWidth / categories.Count);
        // At most one note line (thinned labels or outliers); reserved only when one can appear.
        bool mayNote = layout.Every > 1 || boxes.Any(b => b.Stats.Outliers.Count > options.MaxOutliersPerBox);
        double notesHeight = mayNote ? ChartTitle.NotesHeight(["note"]) : 0;
        double plotHeight = options.Height - ChartTitle.Height - layout.Height - xLabelHeight - notesHeight - 10;
        if (plotWidth < 80 || plotHeight < 80)
        {
            throw new ArgumentException("The box plot is too small for its labels; raise Width or Height.", nameof(options));
        }

        yScale = NiceScale.Covering(yMin, yMax, Math.Clamp((int)(plotHeight / 45), 2, 8), options.IncludeZero);
        var area = new PlotArea(left, ChartTitle.Height, plotWidth, plotHeight);
        var svg = new SvgWriter(options.Width, options.Height);
        ChartTitle.Draw(svg, options.Title);
        Axis.Grid(svg, area, null, yScale);

        double slot = plotWidth / categories.Count;
        double boxWidth = Math.Min(60, slot * 0.7 / series.Count);
        var centres = categories.Select((_, i) => left + ((i + 0.5) * slot)).ToList();
        svg.BeginGroup("boxes");
        foreach (var box in boxes)
        {
            int c = categories.IndexOf(box.Category);
            int s = series.IndexOf(box.Series);
            double centre = centres[c] + ((s - ((series.Count - 1) / 2.0)) * boxWidth / 0.85);
            string color = grouped ? seriesColors[s] : Palette.KnownPolicy(box.Category) ?? Palette.SkyBlue;
            int thinned = DrawBox(svg, area, yScale, box, centre, boxWidth, color, options.MaxOutliersPerBox);
            if (thinned > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{Describe(box, grouped)}: {box.Stats.Outliers.Count} outliers, {thinned} at an already drawn pixel not drawn again."));
            }
        }

        svg.EndGroup();
        Axis.Frame(svg, area);
        Axis.Left(svg, area, yScale, options.YLabel);
        CategoryLabels.Draw(svg, categories, centres, area.Bottom, layout);
        if (layout.Every > 1)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Only every {TextMetrics.Ordinal(layout.Every)} category is labelled, so that labels do not overlap."));
        }

        if (xLabelHeight > 0)
        {
            svg.Text(area.Left + (area.Width / 2), area.Bottom + layout.Height + Axis.LabelFontSize + 4, options.XLabel,
                Axis.LabelFontSize, TextAnchor.Middle, cssClass: "axis-label");
        }

        Legend.Draw(svg, options.Width - 10 - legendWidth, area.Top, legend, area.Height);
        // Notes beyond the reserved line would be cut; keep the first and count the rest.
        ChartTitle.DrawNotes(svg, notes.Count <= 1 ? notes : [notes[0] + string.Create(CultureInfo.InvariantCulture, $" (+{notes.Count - 1} similar)")]);
        return svg.Build();
    }

    private static string Describe(BoxplotBox box, bool grouped) => grouped ? box.Category + " / " + box.Series : box.Category;

    /// <summary>Draws one box; returns how many outliers were skipped as pixel duplicates.</summary>
    private static int DrawBox(SvgWriter svg, PlotArea area, NiceScale y, BoxplotBox box, double centre, double width, string color, int maxOutliers)
    {
        var st = box.Stats;
        double half = width / 2;
        string tooltip = string.Create(CultureInfo.InvariantCulture,
            $"{box.Category} {box.Series}: n={st.N}, median={st.Median:G6}, Q1={st.Q1:G6}, Q3={st.Q3:G6}, whiskers {st.WhiskerLow:G6} to {st.WhiskerHigh:G6}").Trim();
        svg.Line(centre, area.Y(y, st.Q3), centre, area.Y(y, st.WhiskerHigh), StrokeColor, cssClass: "whisker");
        svg.Line(centre, area.Y(y, st.Q1), centre, area.Y(y, st.WhiskerLow), StrokeColor, cssClass: "whisker");
        svg.Line(centre - (half / 2), area.Y(y, st.WhiskerHigh), centre + (half / 2), area.Y(y, st.WhiskerHigh), StrokeColor, cssClass: "whisker-cap");
        svg.Line(centre - (half / 2), area.Y(y, st.WhiskerLow), centre + (half / 2), area.Y(y, st.WhiskerLow), StrokeColor, cssClass: "whisker-cap");
        double top = area.Y(y, st.Q3);
        // A zero-height box (all values equal) still shows as a line.
        svg.Rect(centre - half, top, width, Math.Max(1, area.Y(y, st.Q1) - top), color, "box", StrokeColor, fillOpacity: 0.75, tooltip: tooltip);
        svg.Line(centre - half, area.Y(y, st.Median), centre + half, area.Y(y, st.Median), StrokeColor, 2, "median");

        var seen = new HashSet<long>();
        int skipped = 0;
        foreach (double v in st.Outliers)
        {
            double py = area.Y(y, v);
            if (st.Outliers.Count > maxOutliers && !seen.Add((long)Math.Round(py * 2)))
            {
                skipped++;
                continue;
            }

            svg.Circle(centre, py, 2.5, "none", "outlier", color, 1.2);
        }

        return skipped;
    }
}
