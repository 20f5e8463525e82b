namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Exit code and captured output of one command.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
