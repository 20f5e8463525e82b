namespace Burstsim.Simulator.Network;

/// <summary>Where one function of a collective runs: its invoker node (index and vCPUs) and its container (a run-unique id).</summary>
internal readonly record struct Endpoint(int Node, int NodeCpus, int Container);
