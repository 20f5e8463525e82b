namespace Burstsim.Scenarios.Cli;

/// <summary>Whether output goes to a person at a terminal (progress bars, colours) or is captured (tests, CI, pipes).</summary>
internal static class Terminal
{
    public static bool IsInteractive(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
}
