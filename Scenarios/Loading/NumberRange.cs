using System.Globalization;

namespace Burstsim.Scenarios.Loading;

/// <summary>The values a number field accepts, with a message that says so.</summary>
internal sealed record NumberRange(double Min, bool MinExclusive, double Max)
{
    public static readonly NumberRange Any = new(double.NegativeInfinity, false, double.PositiveInfinity);
    public static readonly NumberRange NonNegative = new(0, false, double.PositiveInfinity);
    public static readonly NumberRange Positive = new(0, true, double.PositiveInfinity);
    public static readonly NumberRange Fraction = new(0, false, 1);

    /// <summary>The whole "must be ..." sentence with unit and reason, said in place of the bare bounds (time ranges: the clock's tick and horizon).</summary>
    public string? Note { get; init; }

    public static NumberRange AtLeast(double min) => new(min, false, double.PositiveInfinity);

    public static NumberRange Between(double min, double max) => new(min, false, max);

    public bool Contains(double value) =>
        (MinExclusive ? value > Min : value >= Min) && value <= Max;

    public string Describe() => Note ?? Bounds();

    private string Bounds() => (double.IsPositiveInfinity(Max), MinExclusive) switch
    {
        (true, true) => $"must be greater than {Format(Min)}",
        (true, false) when double.IsNegativeInfinity(Min) => "must be a finite number",
        (true, false) => $"must be at least {Format(Min)}",
        (false, true) => $"must be greater than {Format(Min)} and at most {Format(Max)}",
        (false, false) => $"must be between {Format(Min)} and {Format(Max)}",
    };

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
