namespace Burstsim.Simulator.Platform;

/// <summary>The invokers of a cluster, possibly heterogeneous, in index order.</summary>
public sealed record ClusterSpec(IReadOnlyList<InvokerSpec> Invokers)
{
    /// <summary>Deploy value of the calibration runs: userMemory 30000 MB per invoker.</summary>
    public const int DeployUserMemoryMb = 30000;

    /// <summary>CPUs of every invoker together.</summary>
    public int TotalCpus => Invokers.Sum(i => i.Cpus);

    /// <summary>The thesis cluster (Table 5.2): invokers of 24, 48, 48 and 12 CPUs.</summary>
    public static ClusterSpec Thesis() => Uniform([24, 48, 48, 12], DeployUserMemoryMb);

    /// <summary>
    /// Address pool of an EKS c7i.12xlarge node (AWS VPC CNI defaults): about 46 pod addresses ready when a run starts
    /// (both classic calibration runs start about 46 containers per invoker at the normal pace); one network interface
    /// adds 29 (30 IPv4 per interface on that instance type, one for the interface itself); ipamd checks every 5 s and
    /// attaches one interface when fewer than WARM_ENI_TARGET = 1 interface's addresses are ready (ipamd.go defaults).
    /// AttachS 12.8 s is fitted to ../shared/calibration (the 96-worker classic run's p95, 19.11 s; the 48-worker run
    /// does not move it); it is what ipamd's waitForENIAndIPsAttached would take for an interface that shows in the
    /// instance metadata after 6.3 s (its checks back off from 0.1 s, doubling: 0.1, 0.3, 0.7, ... 6.3, 12.7 s).
    /// </summary>
    public static readonly NetworkAddressPool EksC7i12xlarge = new(Ready: 46, Block: 29, AttachS: 12.8);

    /// <summary>The paper's cluster: <paramref name="count"/> c7i.12xlarge invokers of 48 vCPU on EKS (20 for the largest run).</summary>
    public static ClusterSpec Paper(int count = 20) => Uniform(Enumerable.Repeat(48, count).ToArray(), DeployUserMemoryMb, EksC7i12xlarge);

    /// <summary>Invokers <c>invoker0</c>.. with <paramref name="cpus"/>[i] CPUs each and <paramref name="userMemoryMb"/> MB of userMemory; <paramref name="addresses"/> models pod network addresses (null: none).</summary>
    public static ClusterSpec Uniform(IReadOnlyList<int> cpus, int userMemoryMb, NetworkAddressPool? addresses = null) =>
        new(cpus.Select((c, i) => new InvokerSpec($"invoker{i}", c, userMemoryMb, addresses)).ToArray());
}
