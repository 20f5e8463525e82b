using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// ScottPlot's automatic numeric ticks, relabelled so that every major tick of the axis has one number of decimals
/// (<see cref="TickLabels.Uniform"/>): "0 0.5 1 1.5" read as mixed precision (review 24c L12).
/// </summary>
internal sealed class UniformTickGenerator : ITickGenerator
{
    private readonly ScottPlot.TickGenerators.NumericAutomatic automatic = new();

    /// <summary>The ticks of the last <see cref="Regenerate"/>, major ones labelled in one number of decimals.</summary>
    public Tick[] Ticks { get; set; } = [];

    /// <summary>At most this many automatic ticks.</summary>
    public int MaxTickCount
    {
        get => automatic.MaxTickCount;
        set => automatic.MaxTickCount = value;
    }

    /// <summary>Generates the automatic ticks for <paramref name="range"/> and relabels the major ones.</summary>
    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        automatic.Regenerate(range, edge, size, paint, labelStyle);
        var major = automatic.Ticks.Where(t => t.IsMajor).ToArray();
        string[] labels = TickLabels.Uniform([.. major.Select(t => t.Position)]);
        var relabelled = major.Select((t, i) => Tick.Major(t.Position, labels[i]));
        Ticks = [.. relabelled, .. automatic.Ticks.Where(t => !t.IsMajor)];
    }
}
