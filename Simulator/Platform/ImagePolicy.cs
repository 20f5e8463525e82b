using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Platform;

/// <summary>When a container create pulls its image: the container factory's rule (or a forced setting).</summary>
internal static class ImagePolicy
{
    /// <summary>The pull rule for a blackbox <paramref name="image"/> under <paramref name="factory"/>; <paramref name="forced"/> (pull_before_run) overrides it.</summary>
    public static PullRule Rule(ContainerFactory factory, string image, bool? forced = null) => forced switch
    {
        true => PullRule.Always,
        false => PullRule.Never,
        _ => factory == ContainerFactory.Docker || HasLatestTag(image) ? PullRule.Always : PullRule.IfNotPresent,
    };

    /// <summary>The tag is "latest" or missing (Docker's implied latest); a colon before the last '/' is a registry port.</summary>
    public static bool HasLatestTag(string image)
    {
        int slash = image.LastIndexOf('/');
        int colon = image.LastIndexOf(':');
        return colon <= slash || image[(colon + 1)..] == "latest";
    }
}

/// <summary>Whether a container create pulls its image first.</summary>
internal enum PullRule
{
    /// <summary>Pull on every create: a registry check, and the download when the node lacks the image.</summary>
    Always,

    /// <summary>Pull only when the node lacks the image (Kubernetes IfNotPresent).</summary>
    IfNotPresent,

    /// <summary>Never pull: the image is taken as present.</summary>
    Never,
}
