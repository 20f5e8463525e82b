namespace Burstsim.Scenarios.Cli;

/// <summary>The exit codes of DESIGN.md's output contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;

    /// <summary>A fault of burstsim itself (sysexits.h EX_SOFTWARE): reported in one line, never as a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, the shell's convention); staging folders are removed first.</summary>
    public const int Interrupted = 130;
}
