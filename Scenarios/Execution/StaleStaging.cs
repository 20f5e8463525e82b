using System.Diagnostics;
using System.Globalization;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Staging folder names (<c>.DIR.burstsim-PID-ID</c>) and the removal of those whose process is gone:
/// a run killed outright (SIGKILL, power loss) cannot clean up, so the next run into DIR does, and says so.
/// </summary>
internal static class StaleStaging
{
    public static string NewName(string destinationName) =>
        string.Create(CultureInfo.InvariantCulture, $".{destinationName}.burstsim-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Removes stale staging folders of <paramref name="name"/> beside it (in <paramref name="parent"/>) and inside it.</summary>
    public static void Remove(string parent, string name, string destination)
    {
        string pattern = $".{name}.burstsim-*";
        var candidates = Listed(parent, pattern)
            .Concat(Directory.Exists(destination) ? Directory.EnumerateDirectories(destination, pattern) : []);
        foreach (string folder in candidates.ToArray())
        {
            if (OwnerAlive(Path.GetFileName(folder), name))
            {
                continue;
            }

            long bytes = Size(folder);
            if (StagingRegistry.Delete(folder))
            {
                CliContext.Stderr.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"note: removed {folder} ({bytes / 1e6:0.#} MB), a staging folder left by an interrupted run"));
            }
        }
    }

    /// <summary>The matching folders in <paramref name="folder"/>; none when it cannot be listed (a parent one may enter but not read, as on HPC scratch).</summary>
    private static string[] Listed(string folder, string pattern)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(folder, pattern)];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Whether the process that named the folder still runs; names without a process id predate this scheme and are stale.</summary>
    private static bool OwnerAlive(string folderName, string name)
    {
        string rest = folderName[$".{name}.burstsim-".Length..];
        int dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && !IsZombie(pid);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// A killed process stays a zombie until its parent reaps it, and .NET still reports it running: its staging
    /// folder is as stale as a reaped one's. Linux's /proc/PID/stat gives the state after the command's ")".
    /// </summary>
    internal static bool IsZombie(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            int close = stat.LastIndexOf(')');
            return close >= 0 && close + 2 < stat.Length && stat[close + 2] == 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // not Linux, or gone: HasExited has the answer
        }
    }

    private static long Size(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
