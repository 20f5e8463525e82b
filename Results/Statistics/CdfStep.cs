namespace Burstsim.Results.Statistics;

/// <summary>One jump of an empirical CDF: from <see cref="X"/> on, F equals <see cref="Fraction"/>.</summary>
public readonly record struct CdfStep(double X, double Fraction);
