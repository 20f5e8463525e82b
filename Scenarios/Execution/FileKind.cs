using System.Runtime.InteropServices;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Whether an existing path is a special file (character or block device, FIFO, socket) that must be written in
/// place: replacing it by a rename would turn <c>/dev/null</c> into a regular file. .NET exposes no file type beyond
/// file/folder/link, so this asks the kernel through <c>statx(2)</c>, whose record layout is the same on every Linux
/// architecture. Elsewhere, or when the call is unavailable, every existing non-folder counts as a regular file.
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

    /// <summary>True when <paramref name="path"/> exists (links followed) and is neither a regular file nor a folder.</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        byte[] record = new byte[StatxSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, record) != 0)
            {
                return false; // Missing, or not statable: the ordinary write path reports it with the OS message.
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if ((BitConverter.ToUInt32(record, MaskOffset) & StatxType) == 0)
        {
            return false;
        }

        int type = BitConverter.ToUInt16(record, ModeOffset) & TypeBits;
        return type is not (Regular or Folder or Link);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] record);
}
