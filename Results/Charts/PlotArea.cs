namespace Burstsim.Results.Charts;

/// <summary>The rectangle (pixels) where data is drawn; axes and legends sit outside it.</summary>
public sealed record PlotArea(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    /// <summary>Pixel x of a value on a horizontal scale.</summary>
    public double X(NiceScale scale, double value)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Map(value, Left, Right);
    }

    /// <summary>Pixel y of a value on a vertical scale (larger values higher up).</summary>
    public double Y(NiceScale scale, double value)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Map(value, Bottom, Top);
    }
}
