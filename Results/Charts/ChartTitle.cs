namespace Burstsim.Results.Charts;

/// <summary>The title line at the top of a chart and the note lines at its foot.</summary>
public static class ChartTitle
{
    public const double FontSize = 16;
    public const double NoteFontSize = 11;

    /// <summary>Vertical room the title takes at the top.</summary>
    public const double Height = 34;

    /// <summary>Draws the title, cut to the image width.</summary>
    public static void Draw(SvgWriter svg, string title)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(title);
        svg.Text(svg.Width / 2, 22, TextMetrics.Fit(title, FontSize, svg.Width - 20), FontSize, TextAnchor.Middle, bold: true, cssClass: "title");
    }

    /// <summary>Vertical room for the given note lines at the foot.</summary>
    public static double NotesHeight(IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return notes.Count == 0 ? 0 : (notes.Count * (NoteFontSize + 4)) + 6;
    }

    /// <summary>Draws note lines (e.g. "1 in 20 functions shown") at the bottom left, each cut to the width.</summary>
    public static void DrawNotes(SvgWriter svg, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(notes);
        double y = svg.Height - NotesHeight(notes) + NoteFontSize + 2;
        foreach (string note in notes)
        {
            svg.Text(10, y, TextMetrics.Fit(note, NoteFontSize, svg.Width - 20), NoteFontSize, cssClass: "note", fill: "#444444");
            y += NoteFontSize + 4;
        }
    }
}
