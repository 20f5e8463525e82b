using System.Collections.Concurrent;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The staging folders and files this process is writing, so that an interrupted command leaves neither half-written
/// outputs nor hidden entries behind: the command removes its own on the way out, and <see cref="Interruption"/>'s
/// watchdog removes whatever is still here when a command does not unwind in time. A commit (the renames that move a
/// finished result into place) runs under the registry's lock, so the watchdog never cuts one in half.
/// </summary>
internal static class StagingRegistry
{
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>Registers a staging folder or file before it is created, so an interrupt the moment it appears still removes it.</summary>
    public static void Add(string staging) => Active[staging] = 0;

    public static void Remove(string staging) => Active.TryRemove(staging, out _);

    /// <summary>Runs <paramref name="commit"/> (renames into place) so that an interrupt waits for it to end instead of cutting it in half.</summary>
    public static void Commit(string staging, Action commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (Gate)
        {
            Interruption.ThrowIfRequested(); // not begun: the output stays as it was
            commit();
            Remove(staging);
        }
    }

    /// <summary>Deletes a staging folder or file (retrying while runs still write into it) and forgets it.</summary>
    public static bool Delete(string staging)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
                else
                {
                    File.Delete(staging);
                }

                Remove(staging);
                return true;
            }
            catch (IOException)
            {
                // Parallel runs may still be creating files in it; try again.
                Thread.Sleep(10);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(10);
            }
        }

        return false;
    }

    /// <summary>
    /// Removes every registered staging entry, after a commit in progress ends, and keeps the lock so that no commit
    /// starts after it (the process is about to end). Returns one line per entry for stderr.
    /// </summary>
    internal static IReadOnlyList<string> RemoveAll()
    {
        Gate.Enter(); // released by the process's end
        var lines = new List<string>();
        foreach (string staging in Active.Keys)
        {
            bool folder = Directory.Exists(staging);
            lines.Add(Delete(staging)
                ? $"removed the staging {(folder ? "folder" : "file")} {staging}; the output was not changed"
                : $"could not remove the staging {(folder ? "folder" : "file")} {staging}; the next run into the same folder removes it");
        }

        return lines;
    }
}
