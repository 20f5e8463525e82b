using System.Globalization;

namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>
/// One latency of the model: log-normal with the given median (seconds) and spread (the standard deviation
/// of its logarithm, dimensionless; 0.1 is about +-10 % around the median). Spread 0 is a constant. Real
/// runs vary from run to run and from container to container; each latency's spread is fitted to the
/// calibration data (see docs/model.md, "Variability").
/// </summary>
/// <param name="MedianS">Median in seconds; at least 0 (0 with any spread is always 0).</param>
/// <param name="Spread">Sigma of ln(latency); at least 0, at most 2.</param>
public sealed record Latency(double MedianS, double Spread = 0)
{
    /// <summary>Median in seconds. Throws <see cref="ArgumentOutOfRangeException"/> when negative or not finite.</summary>
    public double MedianS { get; init; } = double.IsFinite(MedianS) && MedianS >= 0
        ? MedianS
        : throw new ArgumentOutOfRangeException(nameof(MedianS), MedianS, "a latency's median must be a finite number of seconds >= 0");

    /// <summary>Sigma of ln(latency). Throws <see cref="ArgumentOutOfRangeException"/> outside [0, 2].</summary>
    public double Spread { get; init; } = Spread is >= 0 and <= 2
        ? Spread
        : throw new ArgumentOutOfRangeException(nameof(Spread), Spread, "a latency's spread (sigma of its logarithm) must lie in [0, 2]");

    /// <summary>A constant latency (spread 0), so code and tests can write a plain number of seconds.</summary>
    public static implicit operator Latency(double medianS) => new(medianS);

    /// <summary>A constant latency of <paramref name="seconds"/> (spread 0).</summary>
    public static Latency FromSeconds(double seconds) => new(seconds);

    /// <summary>The latency at standard normal quantile <paramref name="z"/>: median x exp(spread x z), in seconds.</summary>
    internal double AtNormal(double z) => MedianS * Math.Exp(Spread * z);

    /// <inheritdoc/>
    public override string ToString() => Spread == 0
        ? MedianS.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{MedianS} (spread {Spread})");
}
