namespace Burstsim.Results.Charts;

/// <summary>The swatch a legend draws beside a label, matching how the series is drawn.</summary>
public enum LegendMarker
{
    Box,
    Line,
    DashedLine,
    Dot,
}
