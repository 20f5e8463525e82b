namespace Burstsim.Simulator.Network;

/// <summary>One payload of <see cref="Bytes"/> from worker <see cref="Source"/> to each of <see cref="Destinations"/> (the same bytes to all: a multicast).</summary>
internal sealed record Message(int Source, IReadOnlyList<int> Destinations, double Bytes);
