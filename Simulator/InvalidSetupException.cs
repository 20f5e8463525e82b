namespace Burstsim.Simulator;

/// <summary>
/// A run setup that can never finish or makes no sense (a burst that fits on no invoker, a function larger than
/// every invoker, a run past the longest simulated span): bad input, reported to the user with exit 2. Any other
/// exception out of a run is a fault of the model or of a plug-in policy (exit 70), never blamed on the input.
/// </summary>
public sealed class InvalidSetupException : ArgumentException
{
    /// <summary>A setup refused with <paramref name="message"/>, which says what to change.</summary>
    public InvalidSetupException(string message)
        : base(message)
    {
    }

    /// <summary>A setup refused with <paramref name="message"/>, found through <paramref name="innerException"/>.</summary>
    public InvalidSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A setup refused with <paramref name="message"/> because of the scenario value at <paramref name="parameter"/> (e.g. <c>platform.faasbatch.container_memory_mb</c>).</summary>
    public InvalidSetupException(string message, string parameter)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>The scenario path of the value to blame, when one value is the cause; null when the workload and cluster are (the common case).</summary>
    public string? Parameter { get; }

    /// <summary>Required by the analyzers; prefer the constructor that says what to change.</summary>
    public InvalidSetupException()
    {
    }
}
