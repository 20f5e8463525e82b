using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A single output file (<c>check --junit FILE</c>, <c>calibrate --out FILE</c>, baselines written by
/// <c>check --update</c>): checked before any work starts, so a bad path costs no run, and written whole or
/// not at all (a hidden sibling <c>.NAME.burstsim-PID-ID</c>, then a rename on the same filesystem).
/// Missing folders above the file are created, as <c>--out DIR</c> does. A symbolic link is followed to its final
/// target, which is the file replaced (the link stays a link); an existing device, FIFO or socket is written in place,
/// as a shell's <c>&gt;</c> does, because a rename would replace it by a regular file; so is <c>/dev/stdout</c>.
/// </summary>
internal static class OutputFile
{
    private const int NoSpace = 28;      // ENOSPC on Linux and macOS
    private const int ReadOnlyFs = 30;   // EROFS on Linux and macOS
    private const int QuotaLinux = 122;  // EDQUOT on Linux
    private const int MaxLinkHops = 40;  // Linux's own limit (ELOOP)

    /// <summary>Checks that <paramref name="path"/> can be written and returns it made absolute (links not resolved).</summary>
    /// <param name="option">The option that named the file, e.g. <c>--junit</c>, named in every message.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="updatesInput">The file is an input rewritten on purpose (<c>check --update</c> of a baseline); otherwise an input is refused.</param>
    /// <exception cref="InputException">The path (or the final target of a link) is a folder, lies below a file, its folder does not accept new files, or it is an input of this run.</exception>
    public static string Check(string option, string path, bool updatesInput = false)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var (target, inPlace) = Target(option, full);
        if (!updatesInput)
        {
            InputFiles.CheckNotInput(option, target); // checked again when written: inputs read later are known by then
        }

        if (inPlace)
        {
            return full; // Its folder need not accept new files.
        }

        string? parent = Path.GetDirectoryName(target);
        if (Directory.Exists(target) || parent is null)
        {
            throw new InputException(option, $"{target} is a folder; give a file name in it, e.g. {Path.Combine(target, Example(option))}");
        }

        // The nearest folder that exists is the one that must accept new entries (the file itself, or the folders to create).
        string existing = parent;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new InputException(option, $"cannot write {target}: {existing} is a file, not a folder; choose another path");
            }

            existing = Path.GetDirectoryName(existing) ?? existing;
        }

        CheckLength(option, target);
        string probe = Path.Combine(existing, StaleStaging.NewName(Path.GetFileName(target)));
        StagingRegistry.Add(probe, target); // removed by an interrupt's watchdog if this thread does not get to
        try
        {
            using (var stream = StagingRegistry.CreateFile(probe))
            {
                stream.Write("burstsim"u8);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(option, $"cannot write {target}: cannot create files in {existing} ({Reason(e, "it does not accept new files")}); choose a folder you can write to", e);
        }
        finally
        {
            // A full disk creates the probe and then fails to fill it: it must not stay behind.
            DeleteQuietly(probe);
            StagingRegistry.Remove(probe);
        }

        return full;
    }

    /// <summary>
    /// Writes the file whole or not at all; on failure a regular file is as it was and no staging file is left.
    /// A device, FIFO or socket is written in place, so a failure there may leave part of the text written.
    /// </summary>
    /// <exception cref="InputException">The file cannot be written (checked again: the disk may have filled or the folder changed since <see cref="Check"/>).</exception>
    public static void Write(string option, string path, Action<TextWriter> write, bool updatesInput = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (target, inPlace) = Target(option, Check(option, path, updatesInput));
        if (inPlace)
        {
            WriteInPlace(option, target, write);
            return;
        }

        string folder = Path.GetDirectoryName(target)!;
        string staging = Path.Combine(folder, StaleStaging.NewName(Path.GetFileName(target)));
        StagingRegistry.Add(staging, target); // an interrupt's watchdog removes it if this thread does not get to
        try
        {
            Interruption.ThrowIfRequested();
            Directory.CreateDirectory(folder);
            using (var writer = new StreamWriter(StagingRegistry.CreateFile(staging), RunOutputs.Utf8))
            {
                write(writer);
            }

            StagingRegistry.Commit(staging, () => File.Move(staging, target, overwrite: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !Interruption.Requested)
        {
            // The staging name is internal: the message speaks of the file the user named.
            string why = Reason(e, e.Message.Replace(staging, target, StringComparison.Ordinal).TrimEnd('.'));
            throw new InputException(option, $"writing {target} failed: {why}; {target} was left as it was (free space or choose another file)", e);
        }
        finally
        {
            // Whatever stopped the write (a full disk, an interrupt, a failing report), the staging file goes.
            DeleteQuietly(staging);
            StagingRegistry.Remove(staging);
        }
    }

    /// <summary>
    /// Where the text goes: the file to replace (a link's final target, chains followed), or the path to write in place:
    /// a device, FIFO or socket, or anything reached through <c>/proc</c> (<c>/dev/stdout</c> redirected to a file names
    /// the shell's open file, which a rename would unlink: the report would vanish).
    /// </summary>
    private static (string Path, bool InPlace) Target(string option, string full)
    {
        // The kernel follows every link here, /proc's "pipe:[N]" ones included, which no path string can.
        if (FileKind.IsSpecial(full))
        {
            return (full, true);
        }

        string current = full;
        for (int hop = 0; hop < MaxLinkHops; hop++)
        {
            if (current.StartsWith("/proc/", StringComparison.Ordinal) && File.Exists(current))
            {
                return (full, true);
            }

            string? link = new FileInfo(current).LinkTarget;
            if (link is null)
            {
                return (current, false);
            }

            current = Path.GetFullPath(link, Path.GetDirectoryName(current)!);
        }

        throw new InputException(option, $"cannot write {full}: more than {MaxLinkHops} symbolic links in a row (a loop?); give the file itself");
    }

    private static void WriteInPlace(string option, string target, Action<TextWriter> write)
    {
        try
        {
            // A device or FIFO is opened as it is (a FIFO blocks here until a reader opens it, as with a shell's '>');
            // a regular file reached through /proc is appended to, so a redirected stdout keeps what was printed before.
            var mode = FileKind.IsSpecial(target) ? FileMode.Open : FileMode.Append;
            using var stream = new FileStream(target, mode, FileAccess.Write, FileShare.ReadWrite);
            using var writer = new StreamWriter(stream, RunOutputs.Utf8);
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = Reason(e, e.Message.TrimEnd('.'));
            throw new InputException(option, $"writing {target} failed: {why}; choose another file", e);
        }
    }

    /// <summary>Most file systems' limit on one name (NAME_MAX), bytes.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Linux's limit on a whole path (PATH_MAX, with its terminating zero), bytes.</summary>
    private const int MaxPathBytes = 4095;

    /// <summary>
    /// Refuses a file whose name, or its staging sibling's (<c>.NAME.burstsim-PID-ID</c>, about 48 bytes longer), is over
    /// the limit on one name, or whose path is over the limit on a path, naming the limit (the file system's own error
    /// reads as a folder that does not accept new files).
    /// </summary>
    /// <exception cref="InputException">A name or the path is too long.</exception>
    private static void CheckLength(string option, string target)
    {
        string name = Path.GetFileName(target);
        int nameBytes = System.Text.Encoding.UTF8.GetByteCount(name);
        string staging = StaleStaging.NewName(name);
        int stagingBytes = System.Text.Encoding.UTF8.GetByteCount(staging);
        string shown = name.Length > 40 ? name[..40] + "..." : name;
        if (stagingBytes > MaxNameBytes)
        {
            throw new InputException(option, $"the file name '{shown}' is {nameBytes} bytes long; it is first written beside it as {".NAME.burstsim-PID-ID"}, {stagingBytes - nameBytes} bytes longer, over the {MaxNameBytes}-byte limit on one name; use a file name of at most {MaxNameBytes - (stagingBytes - nameBytes)} bytes");
        }

        int pathBytes = System.Text.Encoding.UTF8.GetByteCount(Path.Combine(Path.GetDirectoryName(target)!, staging));
        if (pathBytes > MaxPathBytes)
        {
            throw new InputException(option, $"{target[..Math.Min(target.Length, 60)]}... is too deep: its staging file's path would be {pathBytes} bytes, over the {MaxPathBytes}-byte limit on a path; choose a shorter path");
        }
    }

    /// <summary>A short cause for the message: the common ones named plainly, others as <paramref name="otherwise"/>.</summary>
    private static string Reason(Exception e, string otherwise) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "a name or the path is too long for the file system",
        IOException { HResult: NoSpace } => "no space left on the device",
        IOException { HResult: QuotaLinux } when OperatingSystem.IsLinux() => "disk quota exceeded",
        IOException { HResult: ReadOnlyFs } => "the file system is read-only",
        _ => otherwise,
    };

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failure being reported matters more than a leftover the folder's owner can delete.
        }
    }

    private static string Example(string option) => option switch
    {
        "--junit" => "junit.xml",
        "--baseline" => "scenario.yaml",
        _ => "calibrated.yaml",
    };
}
