namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Bad input from the user: the message names the field (as a path such as
/// <c>cluster.invokers[2].cpus</c>) and says how to fix it. Reported with exit code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string field, string problem, int? line = null)
        : base(Format(field, problem, line))
    {
        Field = field;
        Line = line;
    }

    public InputException()
    {
        Field = string.Empty;
    }

    public InputException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public string Field { get; }

    public int? Line { get; }

    private static string Format(string field, string problem, int? line) =>
        line is { } l ? $"{field} (line {l}): {problem}" : $"{field}: {problem}";
}
