namespace Burstsim.Scenarios.Cli;

/// <summary>Whether output goes to a person at a terminal (progress bars, colours) or is captured (tests, CI, pipes).</summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Whether a progress bar may go to stderr: it is the console's and a terminal, even when stdout is redirected to a file.</summary>
    public static bool ShowsProgress(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
}
