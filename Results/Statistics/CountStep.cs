namespace Burstsim.Results.Statistics;

/// <summary>From <see cref="Time"/> until the next step, <see cref="Count"/> intervals are open.</summary>
public readonly record struct CountStep(double Time, int Count);
