namespace Burstsim.Simulator.Platform;

internal enum ContainerState
{
    /// <summary>docker run and /init under way.</summary>
    Starting,

    /// <summary>Running a request.</summary>
    Busy,

    /// <summary>Warm and idle, not yet paused.</summary>
    Free,

    /// <summary>Warm and idle, paused after the pause grace.</summary>
    Paused,

    Removed,
}
