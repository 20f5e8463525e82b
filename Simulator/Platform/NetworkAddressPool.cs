namespace Burstsim.Simulator.Platform;

/// <summary>
/// A node's pool of ready network addresses for new containers (AWS VPC CNI on EKS: pod addresses
/// come from network interfaces attached to the instance). Each container takes one until it is
/// removed; when none is ready, container creation waits. The node's IP address manager (ipamd) checks
/// the pool every <paramref name="MonitorS"/> seconds and, when fewer than <paramref name="WarmBlocks"/>
/// blocks are ready, attaches one more block, taking <paramref name="AttachS"/> seconds (its loop waits for it):
/// amazon-vpc-cni-k8s pkg/ipamd/ipamd.go StartNodeIPPoolManager, isDatastorePoolTooLow, increaseDatastorePool.
/// </summary>
/// <param name="Ready">Addresses ready at the start.</param>
/// <param name="Block">Addresses one attachment adds (one network interface's secondary addresses).</param>
/// <param name="AttachS">Seconds one attachment takes, from ipamd's decision until the addresses are usable.</param>
/// <param name="MonitorS">Seconds between ipamd's pool checks when it attaches nothing (ipamd.go ipPoolMonitorInterval 5 s: half before the check, half after).</param>
/// <param name="WarmBlocks">Blocks ipamd keeps ready (WARM_ENI_TARGET, default 1: ipamd.go defaultWarmENITarget).</param>
public sealed record NetworkAddressPool(int Ready, int Block, double AttachS, double MonitorS = 5.0, int WarmBlocks = 1);
