using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>
/// Turns a count-over-time step function into an SVG path. When there are more steps than pixel
/// columns can show, steps within one pixel column collapse into a vertical stroke spanning
/// their minimum and maximum, which is what the full curve would paint there anyway.
/// </summary>
public static class StepCurve
{
    public static SvgPath ToPath(IReadOnlyList<CountStep> steps, PlotArea area, NiceScale time, NiceScale count)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(area);
        var path = new SvgPath();
        if (steps.Count == 0)
        {
            return path;
        }

        double x0 = area.X(time, steps[0].Time);
        path.MoveTo(x0, area.Y(count, 0));
        if (steps.Count <= 2 * area.Width)
        {
            foreach (var step in steps)
            {
                path.HorizontalTo(area.X(time, step.Time)).VerticalTo(area.Y(count, step.Count));
            }

            return path;
        }

        long column = long.MinValue;
        double columnX = 0;
        int low = 0;
        int high = 0;
        int last = 0;
        foreach (var step in steps)
        {
            double x = area.X(time, step.Time);
            long c = (long)Math.Floor(x);
            if (c != column)
            {
                Flush(path, area, count, column, columnX, low, high, last);
                column = c;
                columnX = x;
                low = high = step.Count;
            }

            low = Math.Min(low, step.Count);
            high = Math.Max(high, step.Count);
            last = step.Count;
        }

        Flush(path, area, count, column, columnX, low, high, last);
        return path;
    }

    private static void Flush(SvgPath path, PlotArea area, NiceScale count, long column, double x, int low, int high, int last)
    {
        if (column == long.MinValue)
        {
            return;
        }

        path.HorizontalTo(x);
        if (low != high)
        {
            path.VerticalTo(area.Y(count, high)).VerticalTo(area.Y(count, low));
        }

        path.VerticalTo(area.Y(count, last));
    }
}
