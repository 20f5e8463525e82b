using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// ScottPlot's wrapping legend layout with its rows balanced: as many rows as the width needs, the entries spread evenly
/// over them in order (7 entries in 3 rows: 3, 2, 2, not 3, 3, 1), so no entry is left alone on a last row.
/// </summary>
/// <remarks>
/// The paper strip wrapped at its full width; at 3.5 in the headline legend took three sizes on one row and "960
/// functions" alone on the next (review 24c L7). Entries keep their widths and spacing from ScottPlot's one-line layout
/// and are moved to their rows; the strip's height (one line per row) is unchanged.
/// </remarks>
internal sealed class BalancedLegendLayout : ILegendLayout
{
    private readonly ScottPlot.LegendLayouts.Wrapping wrapping = new();

    /// <summary>The entries' layout within <paramref name="maxSize"/> pixels, rows balanced; <paramref name="paint"/> measures the labels.</summary>
    public LegendLayout GetLayout(Legend legend, LegendItem[] items, PixelSize maxSize, Paint paint)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(items);
        var wrapped = wrapping.GetLayout(legend, items, maxSize, paint);
        int rows = wrapped.LabelRects.Select(r => r.Top).Distinct().Count();
        if (legend.Orientation != Orientation.Horizontal || rows < 2)
        {
            return wrapped;
        }

        var line = wrapping.GetLayout(legend, items, new PixelSize(float.PositiveInfinity, maxSize.Height), paint);
        float usable = maxSize.Width - legend.Padding.Horizontal;
        // Balanced rows of the entries' own widths may need one row more than the greedy wrap when widths differ a lot.
        for (int count = rows; count <= items.Length; count++)
        {
            int[] starts = Starts(items.Length, count);
            if (starts.Select((s, r) => RowWidth(line, s, End(starts, r, items.Length))).All(w => w <= usable + 0.5f))
            {
                return Arrange(legend, line, starts);
            }
        }

        return wrapped;
    }

    // The first entry of each of `count` rows, the first rows one longer when n does not divide.
    private static int[] Starts(int n, int count) =>
        [.. Enumerable.Range(0, count).Select(r => (r * (n / count)) + Math.Min(r, n % count))];

    private static int End(int[] starts, int row, int n) => row + 1 < starts.Length ? starts[row + 1] : n;

    // The width of entries [first, end) on one line, from the symbol of the first to the label end of the last.
    private static float RowWidth(LegendLayout line, int first, int end) => line.LabelRects[end - 1].Right - line.SymbolRects[first].Left;

    // The one-line layout's entries moved onto their rows: each row starts at the left padding, rows one item height
    // plus the inter-item gap apart.
    private static LegendLayout Arrange(Legend legend, LegendLayout line, int[] starts)
    {
        int n = line.LegendItems.Length;
        float height = line.LabelRects.Max(r => r.Height);
        float pitch = height + legend.InterItemPadding.Bottom;
        var labels = new PixelRect[n];
        var symbols = new PixelRect[n];
        for (int row = 0; row < starts.Length; row++)
        {
            float dx = legend.Padding.Left - line.SymbolRects[starts[row]].Left;
            float dy = row * pitch;
            for (int i = starts[row]; i < End(starts, row, n); i++)
            {
                labels[i] = line.LabelRects[i].WithOffset(new PixelOffset(dx, dy));
                symbols[i] = line.SymbolRects[i].WithOffset(new PixelOffset(dx, dy));
            }
        }

        float right = labels.Max(r => r.Right) + legend.Padding.Right;
        float bottom = labels.Max(r => r.Bottom) + legend.Padding.Bottom;
        return new LegendLayout
        {
            LegendItems = line.LegendItems,
            LegendRect = new PixelRect(0, right, bottom, 0),
            LabelRects = labels,
            SymbolRects = symbols,
        };
    }
}
