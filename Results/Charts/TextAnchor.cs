namespace Burstsim.Results.Charts;

/// <summary>Which point of a text the x coordinate names (SVG text-anchor).</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}
