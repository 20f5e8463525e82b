namespace Burstsim.Scenarios.Cli;

/// <summary>
/// The error stream and the internal-error blame of the command being run, for code deep below the commands
/// (output staging reports the stale folders it removes; plug-in loading registers the assemblies it loads).
/// Async-local, so commands run side by side in one process (tests) keep their own.
/// </summary>
internal static class CliContext
{
    private static readonly AsyncLocal<TextWriter?> Current = new();
    private static readonly AsyncLocal<InternalErrorBlame?> CurrentBlame = new();

    /// <summary>The running command's stderr; <see cref="TextWriter.Null"/> outside a command.</summary>
    public static TextWriter Stderr => Current.Value ?? TextWriter.Null;

    /// <summary>
    /// Who an internal error of the running command is blamed on: code that loads a plug-in registers its assembly
    /// here (<see cref="InternalErrorBlame.Register"/>). Outside a command, a fresh instance that no error report reads.
    /// </summary>
    public static InternalErrorBlame Blame => CurrentBlame.Value ?? new InternalErrorBlame();

    public static void Use(TextWriter stderr, InternalErrorBlame blame)
    {
        Current.Value = stderr;
        CurrentBlame.Value = blame;
    }
}
