using System.Runtime.InteropServices;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The address-space limit (<c>ulimit -v</c>, RLIMIT_AS) that batch schedulers and shared machines impose, and what
/// burstsim does under it. Measured under <c>ulimit -v 3000000</c> (issue 25, hostile10b NEW-1): .NET reserves about
/// half the limit for the GC heap at start, and glibc gives each new thread its own malloc arena of 64 MB of address
/// space (up to 8 per core); a sweep's worker threads took the rest, a native allocation failed, and the process died
/// with a segmentation fault and no message. Capping the arenas (<see cref="CapNativeArenas"/>) keeps the address
/// space for the GC; the memory checks take the limit into account (<see cref="HeapBytes"/>).
/// </summary>
internal static class AddressSpace
{
    private const int RlimitAs = 9;
    private const int MallocArenaMax = -8;

    /// <summary>Arenas kept under a limit: the main one and one more; burstsim's hot paths allocate on the managed heap.</summary>
    private const int Arenas = 2;

    /// <summary>The soft RLIMIT_AS of this process, bytes; null when unlimited, off Linux, or when it cannot be read.</summary>
    public static long? Limit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var limits = new ulong[2];
            if (GetRlimit(RlimitAs, limits) != 0 || limits[0] >= long.MaxValue)
            {
                return null; // RLIM_INFINITY is all ones
            }

            return (long)limits[0];
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The smallest address-space limit burstsim runs under, KB (<c>ulimit -v</c> units): 3,000,000, the limit its tests
    /// run a 2,000-run sweep under. Below it .NET's start-up reservation leaves too little: at 2,000,000 KB the README's
    /// first command failed in ScottPlot's fonts, and sweeps died with SIGSEGV or "Out of memory." (exit 134), their staging
    /// left behind (hostile11 B4).
    /// </summary>
    public const long MinimumKilobytes = 3_000_000;

    /// <summary>
    /// The refusal of a limit below <see cref="MinimumKilobytes"/>, one line naming it and the fix; null when there is
    /// no limit or it is large enough. Checked first in Main, before anything can fail half-way under it.
    /// </summary>
    public static string? TooSmall() => Limit() is { } limit && limit / 1024 < MinimumKilobytes
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"error: the address-space limit (ulimit -v {limit / 1024} KB) is below the {MinimumKilobytes} KB burstsim needs (.NET reserves about half of it for its heap at start); raise it with ulimit -v {MinimumKilobytes} or more, or ulimit -v unlimited")
        : null;

    /// <summary>
    /// The most the managed heap can hold under the address-space limit, bytes: the half of the limit .NET reserves
    /// for it (measured: under 3,000,000 KB, address space at start 2.67 GB by default and 2.21 GB with a 1 GiB
    /// DOTNET_GCRegionRange, so about 1.45 GB reserved); null when there is no limit.
    /// </summary>
    public static long? HeapBytes() => Limit() is { } limit ? limit / 2 : null;

    /// <summary>
    /// Under an address-space limit, caps glibc's malloc arenas (mallopt M_ARENA_MAX, as MALLOC_ARENA_MAX=2 would), so
    /// that threads started later do not each reserve 64 MB; without a limit, or off glibc, nothing. Call first in Main.
    /// </summary>
    public static void CapNativeArenas()
    {
        if (Limit() is null)
        {
            return;
        }

        try
        {
            _ = MallOpt(MallocArenaMax, Arenas);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has one arena anyway).
        }
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRlimit(int resource, [Out] ulong[] limits);

    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
