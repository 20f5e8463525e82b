namespace Burstsim.Results.Charts;

/// <summary>Category names under a box plot, laid out so that no two labels overlap.</summary>
public static class CategoryLabels
{
    public const double FontSize = 11;
    public const double MaxLabelWidth = 160;
    private static readonly double Sin45 = Math.Sqrt(0.5);

    public static CategoryLabelLayout Plan(IReadOnlyList<string> labels, double slotWidth)
    {
        ArgumentNullException.ThrowIfNull(labels);
        double widest = labels.Count == 0 ? 0 : labels.Max(l => TextMetrics.Width(Cut(l), FontSize));
        if (widest <= slotWidth - 6)
        {
            return new CategoryLabelLayout(false, 1, Axis.TickLength + 3 + FontSize + 4, widest / 2);
        }

        // Rotated labels are parallel: the gap between neighbours is slot * sin 45, and must hold a line of text.
        int every = Math.Max(1, (int)Math.Ceiling(FontSize * 1.3 / (slotWidth * Sin45)));
        double height = Axis.TickLength + 3 + (FontSize * 0.7) + ((widest + FontSize) * Sin45) + 4;
        return new CategoryLabelLayout(true, every, height, (widest * Sin45) + 4);
    }

    /// <summary>Draws the labels below <paramref name="top"/>, label i centred at centres[i].</summary>
    public static void Draw(SvgWriter svg, IReadOnlyList<string> labels, IReadOnlyList<double> centres, double top, CategoryLabelLayout layout)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(layout);
        svg.BeginGroup("axis axis-x categories");
        for (int i = 0; i < labels.Count; i += layout.Every)
        {
            svg.Line(centres[i], top, centres[i], top + Axis.TickLength, "#333333");
            if (layout.Rotated)
            {
                // End-anchored and turned -45 degrees: the label runs down-left from its tick.
                double y = top + Axis.TickLength + 3 + (FontSize * 0.7);
                svg.Text(centres[i] + (FontSize * 0.3), y, Cut(labels[i]), FontSize, TextAnchor.End, rotate: -45, cssClass: "tick");
            }
            else
            {
                svg.Text(centres[i], top + Axis.TickLength + 3 + FontSize, labels[i], FontSize, TextAnchor.Middle, cssClass: "tick");
            }
        }

        svg.EndGroup();
    }

    private static string Cut(string label) => TextMetrics.Fit(label, FontSize, MaxLabelWidth);
}
