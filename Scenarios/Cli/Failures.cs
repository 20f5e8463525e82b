namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Every exception a command lets out, as an exit code and one message: bad input (exit 2, names the
/// field), files that cannot be read or written (exit 2, says which), and faults of burstsim itself
/// (exit 70, the message without the stack).
/// </summary>
internal static class Failures
{
    public static (int Code, string Message) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var e = Unwrap(exception);
        return e switch
        {
            InputException input => (ExitCodes.BadInput, $"error: {input.Message}"),
            IOException or UnauthorizedAccessException => (ExitCodes.BadInput, $"error: {e.Message}"),
            OutOfMemoryException => (ExitCodes.BadInput, "error: the run needs more memory than this machine has; lower the function counts, replications or --threads"),
            _ => (ExitCodes.InternalError, $"internal error: {e.Message} (a fault in burstsim, not in the input; please report it with the scenario and command)"),
        };
    }

    /// <summary>Parallel runs wrap failures; the first inner one is what the user needs to see (bad input first).</summary>
    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    e = aggregate.InnerExceptions.FirstOrDefault(i => Unwrap(i) is InputException) ?? aggregate.InnerExceptions[0];
                    break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    break;
                default:
                    return e;
            }
        }
    }
}
