using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using MathNet.Numerics.Distributions;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// Draws one <see cref="Latency"/> from its own named random stream, so that changing one latency (or
/// adding a component) never shifts the draws of another: common random numbers for calibration.
/// A spread of 0 draws nothing and returns the median.
/// </summary>
internal sealed class LatencyStream(Latency latency, Random random)
{
    public Latency Latency { get; } = latency;

    public SimSpan Next() => SimSpan.FromSeconds(NextSeconds());

    public double NextSeconds() => Latency.Spread == 0 || Latency.MedianS == 0
        ? Latency.MedianS
        : Latency.AtNormal(Normal.Sample(random, 0, 1));
}
