using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A single output file (<c>check --junit FILE</c>, <c>calibrate --out FILE</c>, baselines written by
/// <c>check --update</c>): checked before any work starts, so a bad path costs no run, and written whole or
/// not at all (a hidden sibling <c>.NAME.burstsim-PID-ID</c>, then a rename on the same filesystem).
/// Missing folders above the file are created, as <c>--out DIR</c> does.
/// </summary>
internal static class OutputFile
{
    /// <summary>Checks that <paramref name="path"/> can be written and returns it made absolute.</summary>
    /// <param name="option">The option that named the file, e.g. <c>--junit</c>, named in every message.</param>
    /// <param name="path">The file to write.</param>
    /// <exception cref="InputException">The path is a folder, lies below a file, or its folder does not accept new files.</exception>
    public static string Check(string option, string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string? parent = Path.GetDirectoryName(full);
        if (Directory.Exists(full) || parent is null)
        {
            throw new InputException(option, $"{full} is a folder; give a file name in it, e.g. {Path.Combine(full, Example(option))}");
        }

        // The nearest folder that exists is the one that must accept new entries (the file itself, or the folders to create).
        string existing = parent;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new InputException(option, $"cannot write {full}: {existing} is a file, not a folder; choose another path");
            }

            existing = Path.GetDirectoryName(existing) ?? existing;
        }

        string probe = Path.Combine(existing, StaleStaging.NewName(Path.GetFileName(full)));
        try
        {
            File.WriteAllText(probe, "burstsim");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = e is UnauthorizedAccessException ? "permission denied" : "it does not accept new files";
            throw new InputException(option, $"cannot write {full}: cannot create files in {existing} ({why}); choose a folder you can write to", e);
        }

        return full;
    }

    /// <summary>Writes the file whole or not at all; on failure the file is as it was.</summary>
    /// <exception cref="InputException">The file cannot be written (checked again: the disk may have filled or the folder changed since <see cref="Check"/>).</exception>
    public static void Write(string option, string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string full = Check(option, path);
        string staging = Path.Combine(Path.GetDirectoryName(full)!, StaleStaging.NewName(Path.GetFileName(full)));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var writer = new StreamWriter(staging, append: false, RunOutputs.Utf8))
            {
                write(writer);
            }

            File.Move(staging, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(staging))
            {
                File.Delete(staging);
            }

            // The staging name is internal: the message speaks of the file the user named.
            string why = e.Message.Replace(staging, full, StringComparison.Ordinal).TrimEnd('.');
            throw new InputException(option, $"writing {full} failed: {why}; {full} was left as it was (free space or choose another file)", e);
        }
    }

    private static string Example(string option) => option switch
    {
        "--junit" => "junit.xml",
        "--baseline" => "scenario.yaml",
        _ => "calibrated.yaml",
    };
}
