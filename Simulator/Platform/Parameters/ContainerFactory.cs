namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The invoker's container factory (OpenWhisk <c>whisk.containerFactory</c>), which decides when an image is pulled.</summary>
public enum ContainerFactory
{
    /// <summary>
    /// DockerContainerFactory: a blackbox image (every Lithops runtime) is pulled on every container create
    /// (DockerContainer.create); its tag only decides whether a failed pull is fatal ("latest" or none) or tolerated.
    /// </summary>
    Docker,

    /// <summary>
    /// KubernetesContainerFactory: the kubelet pulls by the pod's imagePullPolicy. OpenWhisk's WhiskPodBuilder sets none,
    /// so Kubernetes' default applies: Always for a "latest" or missing tag, IfNotPresent otherwise.
    /// </summary>
    Kubernetes,
}
