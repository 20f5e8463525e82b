namespace Burstsim.Scenarios.Cli;

/// <summary>
/// The error stream of the command being run, for code deep below the commands (output staging reports
/// the stale folders it removes). Async-local, so commands run side by side in one process (tests) keep
/// their own streams.
/// </summary>
internal static class CliContext
{
    private static readonly AsyncLocal<TextWriter?> Current = new();

    /// <summary>The running command's stderr; <see cref="TextWriter.Null"/> outside a command.</summary>
    public static TextWriter Stderr => Current.Value ?? TextWriter.Null;

    public static void Use(TextWriter stderr) => Current.Value = stderr;
}
