namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Bad input from the user: the message names the field (as a path such as
/// <c>cluster.invokers[2].cpus</c>), for files the line, and says how to fix it. Reported with exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string field, string problem, int? line = null, string? source = null)
        : base(Format(field, problem, line, source))
    {
        Field = field;
        Line = line;
        Problem = problem;
    }

    /// <summary>Bad input found through a lower-level failure (a file that cannot be written), kept as the inner exception.</summary>
    public InputException(string field, string problem, Exception innerException)
        : base(Format(field, problem, null, null), innerException)
    {
        Field = field;
        Problem = problem;
    }

    public InputException()
    {
        Field = Problem = string.Empty;
    }

    public InputException(string message)
        : base(message)
    {
        Field = string.Empty;
        Problem = message;
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Problem = message;
    }

    public string Field { get; }

    public int? Line { get; }

    public string Problem { get; }

    private static string Format(string field, string problem, int? line, string? source) => (line, source) switch
    {
        ({ } l, { } s) => $"{field} (line {l} of {s}): {problem}",
        ({ } l, null) => $"{field} (line {l}): {problem}",
        (null, { } s) => $"{field} (in {s}): {problem}",
        _ => $"{field}: {problem}",
    };
}
