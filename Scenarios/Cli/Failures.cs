using Burstsim.Simulator;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Every exception a command lets out, as an exit code and one message: bad input (exit 2, names the
/// field), setups the model refuses (<see cref="InvalidSetupException"/>, exit 2), files that cannot be read or
/// written (exit 2, says which), and faults of burstsim itself or of a plug-in (exit 70, one line naming the
/// component it was thrown in, without the stack). Only these deliberate refusals are blamed on the input: any
/// other exception out of a run, an <see cref="ArgumentException"/> included, is a fault of ours.
/// </summary>
internal static partial class Failures
{
    private const string InternalPrefix = "internal error:";

    public static (int Code, string Message) Describe(Exception exception, InternalErrorBlame blame)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(blame);
        var e = Unwrap(exception);
        var (code, message) = e switch
        {
            InputException input => (ExitCodes.BadInput, $"error: {input.Message}"),
            InvalidSetupException setup => (ExitCodes.BadInput, $"error: scenario: {setup.Message}"),
            TraceFormatException trace => (ExitCodes.BadInput, $"error: {trace.Message}"),
            IOException or UnauthorizedAccessException => (ExitCodes.BadInput, $"error: {e.Message}"),
            OutOfMemoryException => (ExitCodes.BadInput, Execution.AddressSpace.Limit() is { } limit
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"error: the run needs more memory than the address-space limit leaves (ulimit -v {limit / 1024} KB); raise the limit, or lower the function counts, replications or --threads")
                : "error: the run needs more memory than this machine has; lower the function counts, replications or --threads"),
            _ => Internal(blame.Component(e), OneLine(e.Message)),
        };
        return (code, Printable(Bounded(message)));
    }

    /// <summary>The longest run of user text (a word, or a quoted span) a message quotes whole, characters; as a trace header is cut at 200.</summary>
    internal const int MaxEchoed = 200;

    /// <summary>
    /// The message with every quoted span ('...', the quotes not inside a word, so "cluster's" opens none) and every word longer than <see cref="MaxEchoed"/> characters cut to its
    /// first 120 and last 40 characters and its length: messages quote user input (a key, a value, a cell, a path), and a
    /// 50 KB key must not fill the terminal, while the field before it and the fix after it stay whole.
    /// </summary>
    internal static string Bounded(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length <= MaxEchoed)
        {
            return message;
        }

        string quotedCut = LongQuoted().Replace(message, m => "'" + Cut(m.Groups["text"].Value) + "'");
        return LongWord().Replace(quotedCut, m => Cut(m.Value));
    }

    private static string Cut(string text) => text.Length <= MaxEchoed
        ? text
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text[..120]}...{text[^40..]} (cut from {text.Length:N0} characters)");

    [System.Text.RegularExpressions.GeneratedRegex("(?<![\\p{L}\\p{N}])'(?<text>[^'\\n]{201,})'(?![\\p{L}\\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongQuoted();

    [System.Text.RegularExpressions.GeneratedRegex("[^\\s']{201,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongWord();

    /// <summary>
    /// The message with control characters written as \uXXXX: messages quote input (a cell, a header, a path), and a
    /// binary file given as a trace must not put raw bytes on the terminal or break the one-line message.
    /// </summary>
    internal static string Printable(string message)
    {
        if (!message.Any(char.IsControl))
        {
            return message;
        }

        var text = new System.Text.StringBuilder(message.Length + 16);
        foreach (char c in message)
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return text.ToString();
    }

    /// <summary>Bad input, from whichever layer found it: what the user must see before any fault it may have caused.</summary>
    private static bool IsBadInput(Exception e) => e is InputException or InvalidSetupException or TraceFormatException;

    /// <summary>
    /// The message on one line, without a leading "internal error:" (the model's stall check says so itself) so the
    /// report does not say it twice; argument exceptions' "(Parameter ...)" and "Actual value was" lines are joined in.
    /// </summary>
    private static string OneLine(string message)
    {
        string line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.StartsWith(InternalPrefix, StringComparison.OrdinalIgnoreCase) ? line[InternalPrefix.Length..].TrimStart() : line;
    }

    /// <summary>Parallel runs wrap failures; the first inner one is what the user needs to see (bad input first).</summary>
    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    e = aggregate.InnerExceptions.FirstOrDefault(i => IsBadInput(Unwrap(i))) ?? aggregate.InnerExceptions[0];
                    break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    break;
                // Out of memory in a static constructor (ScottPlot's fonts) or a task's start reads as what it is, not a fault
                // of the type or the scheduler (hostile11 B4, under a 2 GB ulimit -v).
                case TypeInitializationException { InnerException: OutOfMemoryException inner }:
                    e = inner;
                    break;
                case TaskSchedulerException { InnerException: { } inner }:
                    e = inner;
                    break;
                default:
                    return e;
            }
        }
    }

    /// <summary>Exit 70, one line; a plug-in's fault is said to be the plug-in's, not burstsim's.</summary>
    private static (int Code, string Message) Internal(string component, string message) =>
        component.StartsWith("policy ", StringComparison.Ordinal) || component.StartsWith("plug-in ", StringComparison.Ordinal)
            ? (ExitCodes.InternalError, $"internal error in {component}: {message} (a fault in the plug-in, not in the input or burstsim: fix the policy, or report it to its author with the scenario and command)")
            : (ExitCodes.InternalError, $"internal error in {component}: {message} (a fault in burstsim, not in the input; please report it with the scenario and command)");
}
