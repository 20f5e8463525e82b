namespace Burstsim.Simulator.Platform;

/// <summary>
/// A node's pool of ready network addresses for new containers (AWS VPC CNI on EKS: pod addresses
/// come from network interfaces attached to the instance). Each container takes one until it is
/// removed; when none is ready, container creation waits while another block is attached.
/// </summary>
/// <param name="Ready">Addresses ready at the start.</param>
/// <param name="Block">Addresses one attachment adds.</param>
/// <param name="AttachS">Seconds one attachment takes.</param>
public sealed record NetworkAddressPool(int Ready, int Block, double AttachS);
