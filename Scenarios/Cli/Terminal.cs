namespace Burstsim.Scenarios.Cli;

/// <summary>Whether output goes to a person at a terminal (progress bars, colours) or is captured (tests, CI, pipes).</summary>
internal static class Terminal
{
    /// <summary>
    /// Whether <paramref name="stdout"/> is the process's standard output, bare or as <see cref="StandardOutput"/> wraps
    /// it, rather than a writer a test captures. The wrapper must count: when it did not, a real 80-column terminal got
    /// the captured widths (tables of 83 to 108 columns, review 24d).
    /// </summary>
    public static bool IsConsole(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) || stdout is StandardOutput { WrapsConsole: true };

    /// <summary>Whether <paramref name="stdout"/> is the console's and a terminal: tables take its width and colours.</summary>
    public static bool IsInteractive(TextWriter stdout) => IsConsole(stdout) && !Console.IsOutputRedirected;

    /// <summary>Whether a progress bar may go to stderr: it is the console's and a terminal, even when stdout is redirected to a file.</summary>
    public static bool ShowsProgress(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
}
