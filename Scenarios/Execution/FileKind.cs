using System.Runtime.InteropServices;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Whether an existing path is a special file (character or block device, FIFO, socket). Outputs: such a file must be
/// written in place (replacing it by a rename would turn <c>/dev/null</c> into a regular file). Inputs: it must be
/// refused before it is opened, because opening a named pipe (FIFO) that no process writes blocks for ever. .NET
/// exposes no file type beyond file/folder/link, so this asks the kernel through <c>statx(2)</c>, whose record layout
/// is the same on every Linux architecture; the call never opens the file. Elsewhere, or when the call is unavailable,
/// every existing non-folder counts as a regular file.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int MaskOffset = 0;
    private const int ModeOffset = 28;
    private const int TypeBits = 0xF000;
    private const int Regular = 0x8000;
    private const int Folder = 0x4000;
    private const int Link = 0xA000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int BlockDevice = 0x6000;
    private const int Socket = 0xC000;

    /// <summary>True when <paramref name="path"/> exists (links followed) and is neither a regular file nor a folder.</summary>
    public static bool IsSpecial(string path) => Special(path) is not null;

    /// <summary>
    /// What <paramref name="path"/> is when it exists (links followed) and is neither a regular file nor a folder: "a
    /// named pipe (FIFO)", "a character device", "a block device" or "a socket"; null otherwise (and off Linux).
    /// </summary>
    public static string? Special(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        byte[] record = new byte[StatxSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, record) != 0)
            {
                return null; // Missing, or not statable: the ordinary open reports it with the OS message.
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if ((BitConverter.ToUInt32(record, MaskOffset) & StatxType) == 0)
        {
            return null;
        }

        return (BitConverter.ToUInt16(record, ModeOffset) & TypeBits) switch
        {
            Regular or Folder or Link => null,
            Fifo => "a named pipe (FIFO)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "a special file",
        };
    }

    /// <summary>
    /// True when <paramref name="path"/> leads, through links, to an anonymous pipe: <c>&lt;(zcat trace.csv.gz)</c>
    /// (/dev/fd/63) or /dev/stdin fed by a shell pipe. Unlike a named pipe, opening one never waits for a writer (the
    /// shell started it), so a reader that reads its input once can take it.
    /// </summary>
    public static bool IsAnonymousPipe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string current = Path.GetFullPath(path);
        for (int hop = 0; hop < 40; hop++)
        {
            string? target;
            try
            {
                target = new FileInfo(current).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }

            if (target is null)
            {
                return false;
            }

            // /proc/PID/fd/N of a pipe reads "pipe:[inode]", which is no path.
            if (target.StartsWith("pipe:[", StringComparison.Ordinal))
            {
                return true;
            }

            current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? "/", target));
        }

        return false;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] record);
}
