namespace Burstsim.Results.Regression;

/// <summary>The tolerance of every metric: a default, and per-metric entries that replace it whole.</summary>
public sealed record ToleranceSet(Tolerance Default, IReadOnlyDictionary<string, Tolerance> PerMetric)
{
    public static ToleranceSet Standard { get; } = new(Tolerance.Default, new Dictionary<string, Tolerance>(StringComparer.Ordinal));

    public Tolerance For(string metric) => PerMetric.TryGetValue(metric, out var t) ? t : Default;
}
