using System.Globalization;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The memory this process can still reach: what it holds now plus what it can take more, the least of the GC's limit
/// (the machine's or the container's memory, <see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>) less what it holds,
/// and on Linux the memory the kernel says is available to new work (<c>MemAvailable</c> in /proc/meminfo), which other
/// processes' use lowers, and the share of an address-space limit (<c>ulimit -v</c>) the GC heap can have
/// (<see cref="AddressSpace.HeapBytes"/>). A cgroup's memory limit (a container's) is in the GC's figure already. The memory checks (runs, sweeps, trace replays) compare their estimates with it: total memory
/// let a sweep start that the OS then killed. Tests inject a figure (<see cref="Inject"/>) to stay deterministic.
/// </summary>
internal static class AvailableMemory
{
    private const string MemInfo = "/proc/meminfo";

    private static readonly AsyncLocal<long?> Injected = new();

    /// <summary>Bytes this process can reach (see the class remarks), or the figure a test injected.</summary>
    public static long Bytes()
    {
        if (Injected.Value is { } injected)
        {
            return injected;
        }

        long held = Environment.WorkingSet;
        long more = Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - held);
        if (MemAvailableBytes() is { } available)
        {
            more = Math.Min(more, available);
        }

        if (AddressSpace.HeapBytes() is { } heap)
        {
            // ulimit -v: the GC heap cannot outgrow its share of the address space, whatever the machine has free.
            more = Math.Min(more, Math.Max(0, heap - GC.GetTotalMemory(forceFullCollection: false)));
        }

        return held + more;
    }

    /// <summary>Makes <see cref="Bytes"/> return <paramref name="bytes"/> in this flow of execution (and the tasks it starts) until disposed.</summary>
    public static IDisposable Inject(long bytes)
    {
        long? before = Injected.Value;
        Injected.Value = bytes;
        return new Restore(() => Injected.Value = before);
    }

    /// <summary>MemAvailable of /proc/meminfo, bytes; null off Linux or when it cannot be read.</summary>
    private static long? MemAvailableBytes()
    {
        try
        {
            if (!File.Exists(MemInfo))
            {
                return null;
            }

            foreach (string line in File.ReadLines(MemInfo))
            {
                // "MemAvailable:   12345678 kB"
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    var parts = line["MemAvailable:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb * 1024 : null;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
