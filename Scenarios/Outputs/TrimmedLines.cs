using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// A table as Spectre renders it on a console, with the spaces that pad each line to the table's width removed and
/// rows of only spaces (the blank top and bottom edges of a borderless table) dropped: copied text and files then
/// hold no trailing blanks.
/// </summary>
internal sealed class TrimmedLines : Renderable
{
    private readonly IReadOnlyList<Segment> segments;

    /// <summary>Renders <paramref name="renderable"/> for <paramref name="console"/> (its width and colours) once.</summary>
    public TrimmedLines(IRenderable renderable, IAnsiConsole console)
    {
        var kept = new List<Segment>();
        foreach (var line in Segment.SplitLines(renderable.GetSegments(console)))
        {
            var parts = line.ToList();
            while (parts.Count > 0 && (parts[^1].IsWhiteSpace || parts[^1].Text.Length == 0) && !parts[^1].IsControlCode)
            {
                parts.RemoveAt(parts.Count - 1);
            }

            if (parts.Count > 0 && !parts[^1].IsControlCode && parts[^1].Text.TrimEnd().Length < parts[^1].Text.Length)
            {
                parts[^1] = new Segment(parts[^1].Text.TrimEnd(), parts[^1].Style);
            }

            if (parts.All(p => p.IsControlCode || p.Text.Trim().Length == 0))
            {
                continue;
            }

            kept.AddRange(parts);
            kept.Add(Segment.LineBreak);
        }

        segments = kept;
    }

    /// <inheritdoc/>
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => segments;
}
