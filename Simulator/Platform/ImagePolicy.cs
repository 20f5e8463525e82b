namespace Burstsim.Simulator.Platform;

/// <summary>OpenWhisk pulls a blackbox image before `docker run` when its tag is "latest" or absent (Docker's implied latest).</summary>
internal static class ImagePolicy
{
    public static bool PullsBeforeRun(string image)
    {
        int slash = image.LastIndexOf('/');
        int colon = image.LastIndexOf(':');
        return colon <= slash || image[(colon + 1)..] == "latest";
    }
}
