using Burstsim.Results.Charts;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// The caption text shared by the figure set's and run's <c>figures/captions.md</c>: a heading naming the figure's files,
/// then "**Title.**" and the caption with the chart's own notes (thinned outliers, outliers beyond the axis with their
/// count and maximum, aggregated timeline bars). One place, so a note a chart gives reaches both files.
/// </summary>
internal static class FigureCaption
{
    /// <summary>The caption with <paramref name="figure"/>'s notes appended (a space between); the caption alone when it has none.</summary>
    public static string WithNotes(string caption, ChartFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string notes = string.Join(" ", figure.Notes);
        return caption.Length == 0 ? notes : notes.Length == 0 ? caption : caption + " " + notes;
    }

    /// <summary>One entry of a captions file: "## heading", a blank line, "**Title.** caption" (the bold title alone when the caption is empty).</summary>
    public static void Append(System.Text.StringBuilder text, string heading, string title, string caption)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("## ").Append(heading).Append("\n\n**").Append(title).Append(".**");
        if (caption.Length > 0)
        {
            text.Append(' ').Append(caption);
        }

        text.Append("\n\n");
    }
}
