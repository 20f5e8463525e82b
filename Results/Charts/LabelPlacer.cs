using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// Places point labels of a line chart greedily, first come first served: right of the marker, else left, above, below;
/// a label that would overlap an earlier label or any marker is left out (and counted). Works in figure units on an
/// estimate of the data area, which is enough to keep labels apart; the text width is 0.6 em per character (DejaVu Sans).
/// </summary>
internal sealed class LabelPlacer(double xMin, double xMax, double yMin, double yMax, double width, double height, float fontSize)
{
    private const double Marker = 3.5;
    private readonly List<(double Left, double Top, double Right, double Bottom)> _taken = [];

    /// <summary>Labels left out so far.</summary>
    public int Skipped { get; private set; }

    /// <summary>Reserves each marker's square so that no label covers a point.</summary>
    public void Markers(IEnumerable<(double X, double Y)> points)
    {
        foreach (var (x, y) in points)
        {
            var (px, py) = Pixel(x, y);
            _taken.Add((px - Marker, py - Marker, px + Marker, py + Marker));
        }
    }

    /// <summary>Where the label of the point at (<paramref name="x"/>, <paramref name="y"/>) axis units goes, or null when nowhere is free.</summary>
    public (Alignment Alignment, float OffsetX, float OffsetY)? Place(string text, double x, double y)
    {
        var (px, py) = Pixel(x, y);
        double w = text.Length * 0.6 * fontSize;
        double h = 1.1 * fontSize;
        float gap = (float)(Marker + 2);
        (Alignment, float, float, (double, double, double, double))[] candidates =
        [
            (Alignment.MiddleLeft, gap, 0, (px + gap, py - (h / 2), px + gap + w, py + (h / 2))),
            (Alignment.MiddleRight, -gap, 0, (px - gap - w, py - (h / 2), px - gap, py + (h / 2))),
            (Alignment.LowerCenter, 0, -gap, (px - (w / 2), py - gap - h, px + (w / 2), py - gap)),
            (Alignment.UpperCenter, 0, gap, (px - (w / 2), py + gap, px + (w / 2), py + gap + h)),
        ];
        foreach (var (alignment, dx, dy, box) in candidates)
        {
            bool inside = box.Item1 >= 0 && box.Item3 <= width && box.Item2 >= 0 && box.Item4 <= height;
            if (inside && !_taken.Any(t => t.Left < box.Item3 && box.Item1 < t.Right && t.Top < box.Item4 && box.Item2 < t.Bottom))
            {
                _taken.Add(box);
                return (alignment, dx, dy);
            }
        }

        Skipped++;
        return null;
    }

    // Axis units to figure units within the data area, y down.
    private (double X, double Y) Pixel(double x, double y) =>
        ((x - xMin) / Math.Max(xMax - xMin, 1e-12) * width, (yMax - y) / Math.Max(yMax - yMin, 1e-12) * height);
}
