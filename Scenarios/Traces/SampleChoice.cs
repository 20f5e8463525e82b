namespace Burstsim.Scenarios.Traces;

/// <summary>The functions <see cref="TraceSampler"/> chose and how close they are to the trace.</summary>
/// <param name="Functions">The chosen functions, in the trace's order.</param>
/// <param name="Distances">Per quantity the trace gives (rate, mean duration, memory), the chosen sample's distances from the trace.</param>
/// <param name="Score">What the choice minimised: the mean Wasserstein-1 distance (log10) of rate and, where given, mean duration.</param>
/// <param name="Trials">Random samples drawn to choose from.</param>
internal sealed record SampleChoice(IReadOnlyList<FunctionProfile> Functions, IReadOnlyList<SampleDistance> Distances, double Score, int Trials);
