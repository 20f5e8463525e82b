using MathNet.Numerics.Distributions;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// A latency distribution with unambiguous parameters (mean vs rate, median vs mu), sampled as
/// a <see cref="SimSpan"/>. Wraps MathNet.Numerics; each instance owns its stream.
/// </summary>
internal sealed class Distribution
{
    private readonly Func<double> _sampleSeconds;

    private Distribution(string description, Func<double> sampleSeconds)
    {
        Description = description;
        _sampleSeconds = sampleSeconds;
    }

    public string Description { get; }

    public SimSpan Sample()
    {
        double s = _sampleSeconds();
        return SimSpan.FromSeconds(s > 0 ? s : 0);
    }

    public double SampleSeconds() => Math.Max(0, _sampleSeconds());

    public static Distribution Constant(double seconds)
    {
        Check(seconds >= 0, nameof(seconds), seconds);
        return new Distribution($"constant({seconds})", () => seconds);
    }

    /// <summary>Log-normal given its median (seconds) and the sigma of the underlying normal.</summary>
    public static Distribution LogNormal(double median, double sigma, Random random)
    {
        Check(median > 0, nameof(median), median);
        Check(sigma >= 0, nameof(sigma), sigma);
        if (sigma == 0)
        {
            return Constant(median);
        }

        var d = new LogNormal(Math.Log(median), sigma, random);
        return new Distribution($"lognormal(median={median}, sigma={sigma})", d.Sample);
    }

    public static Distribution Exponential(double mean, Random random)
    {
        Check(mean > 0, nameof(mean), mean);
        var d = new Exponential(1.0 / mean, random);
        return new Distribution($"exponential(mean={mean})", d.Sample);
    }

    public static Distribution Uniform(double low, double high, Random random)
    {
        Check(low >= 0 && high >= low, nameof(high), high);
        if (high == low)
        {
            return Constant(low);
        }

        var d = new ContinuousUniform(low, high, random);
        return new Distribution($"uniform({low}, {high})", d.Sample);
    }

    private static void Check(bool ok, string name, double value)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Invalid distribution parameter {name}.");
        }
    }
}
