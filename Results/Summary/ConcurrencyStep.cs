namespace Burstsim.Results.Summary;

/// <summary>
/// One point of the running-functions step function: from <see cref="Seconds"/> (simulation epoch)
/// until the next step, <see cref="Running"/> functions are between func start and func end.
/// </summary>
public readonly record struct ConcurrencyStep(double Seconds, int Running);
