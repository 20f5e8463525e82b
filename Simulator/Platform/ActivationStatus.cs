namespace Burstsim.Simulator.Platform;

/// <summary>How one attempt of a function ended (activations.csv column <c>status</c>).</summary>
public enum ActivationStatus
{
    /// <summary>The worker ran to its end and the client collected the result.</summary>
    Success,

    /// <summary>The attempt was lost or failed and a later attempt of the same function follows (client retry or burst re-run).</summary>
    Retried,

    /// <summary>The attempt was lost or failed and no further attempt follows: the function failed.</summary>
    Failed,
}
