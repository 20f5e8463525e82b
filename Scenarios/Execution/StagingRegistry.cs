using System.Collections.Concurrent;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The staging folders and files this process is writing, so that an interrupted command leaves neither half-written
/// outputs nor hidden entries behind: the command removes its own on the way out, and <see cref="Interruption"/>'s
/// watchdog removes whatever is still here when a command does not unwind in time. A commit (the renames that move a
/// finished result into place) runs under the registry's lock, so the watchdog never cuts one in half.
/// </summary>
/// <remarks>
/// Removal after a signal is claimed once: whichever of the command and the watchdog removes an entry says so on stderr,
/// the other says nothing (both used to, one line each). Folders below a staging folder are created through
/// <see cref="CreateDirectory"/>, which refuses once a signal came: a folder created after the removal would bring the
/// removed staging folder back with it (a writer still drawing when the watchdog removed it left it behind).
/// </remarks>
internal static class StagingRegistry
{
    /// <summary>Staging path to the output it stands for (the folder or file named on the command line), for the messages.</summary>
    private static readonly ConcurrentDictionary<string, string> Active = new(StringComparer.Ordinal);

    /// <summary>Held for a commit; the watchdog takes it and never lets go, so no commit starts as the process ends.</summary>
    private static readonly Lock Gate = new();

    /// <summary>Shared while a folder or a staging file is created, exclusive while an interrupted command's staging is removed.</summary>
    private static readonly ReaderWriterLockSlim Removal = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Registers a staging folder or file before it is created, so an interrupt the moment it appears still removes it.</summary>
    /// <param name="staging">The staging path.</param>
    /// <param name="destination">The output it will become, named in the interrupt's message.</param>
    public static void Add(string staging, string destination) => Active[staging] = destination;

    public static void Remove(string staging) => Active.TryRemove(staging, out _);

    /// <summary>
    /// Creates <paramref name="path"/> and any missing folder above it, as <see cref="Directory.CreateDirectory(string)"/>,
    /// unless a signal has asked the command to stop. Use it for every folder in or of a staging folder.
    /// </summary>
    /// <exception cref="OperationCanceledException">A signal came; nothing was created.</exception>
    /// <exception cref="IOException">As <see cref="Directory.CreateDirectory(string)"/>.</exception>
    public static DirectoryInfo CreateDirectory(string path) => Guarded(() => Directory.CreateDirectory(path));

    /// <summary>
    /// Creates (or truncates) the file <paramref name="path"/> for writing, unless a signal has asked the command to stop.
    /// Use it for every file in a staging folder: a run still creating its unit file while the staging folder is removed
    /// made the removal fail (the folder not empty) and retry for seconds (issue 25).
    /// </summary>
    /// <param name="path">The file to create.</param>
    /// <param name="bufferSize">The <see cref="FileStream"/>'s own buffer, bytes; 0 for none (callers that write large blocks).</param>
    /// <exception cref="OperationCanceledException">A signal came; nothing was created.</exception>
    /// <exception cref="IOException">As <see cref="FileStream"/>'s constructor.</exception>
    public static FileStream CreateFile(string path, int bufferSize = 4096) => Guarded(() => new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize));

    private static T Guarded<T>(Func<T> create)
    {
        Removal.EnterReadLock();
        try
        {
            Interruption.ThrowIfRequested();
            return create();
        }
        finally
        {
            Removal.ExitReadLock();
        }
    }

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
    /// Removes every registered staging entry after a signal, once a commit and creations in progress end, and returns
    /// one line per entry removed for stderr: none for an entry another thread already removed (and reported) or that
    /// was never created. With <paramref name="holdLocks"/> (the watchdog, about to end the process) the locks are kept,
    /// so nothing is committed or created afterwards; a command unwinding by itself releases them and may end while the
    /// watchdog waits (or the watchdog ends the process while the command waits here: either way after the removal).
    /// </summary>
    internal static IReadOnlyList<string> RemoveAll(bool holdLocks)
    {
        Gate.Enter();
        Removal.EnterWriteLock();
        try
        {
            var lines = new List<string>();
            foreach (var (staging, destination) in Active.ToArray())
            {
                if (RemoveOne(staging, destination) is { } line)
                {
                    lines.Add(line);
                }
            }

            return lines;
        }
        finally
        {
            if (!holdLocks)
            {
                Removal.ExitWriteLock();
                Gate.Exit();
            }
        }
    }

    /// <summary>How long the removal of an interrupted run's staging folder may take before the rest is left to the next run (the signal's 2 s less the watchdog's grace and the exit).</summary>
    private static readonly TimeSpan InterruptedRemovalBudget = TimeSpan.FromSeconds(0.8);

    /// <summary>Deletes the files below <paramref name="folder"/> until <paramref name="budget"/> has passed; true when none is left to delete.</summary>
    private static bool EmptyWithin(string folder, TimeSpan budget)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (clock.Elapsed > budget)
                {
                    return false;
                }

                try
                {
                    if (!ShrinkWithin(file, clock, budget))
                    {
                        return false;
                    }

                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still being written by a run that has not yet seen the signal: Delete retries the folder.
                }
                catch (UnauthorizedAccessException)
                {
                    // As above.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }

        return true;
    }

    /// <summary>Bytes cut from a large staging file at a time before it is deleted (about 0.1 s of the kernel's freeing at the 3.4 GB/s measured).</summary>
    private const long ShrinkStep = 256L << 20;

    /// <summary>
    /// Cuts <paramref name="file"/> from its end in <see cref="ShrinkStep"/> pieces until it is one piece or
    /// <paramref name="budget"/> has passed (false then). Deleting a file frees all its pages and extents in one call that
    /// cannot be interrupted: measured 1.3 s for the 4.5 GB activations of a run stopped after 100 s, about 10 s for
    /// one stopped after 10 minutes, so the stop time grew with the run. Cut in steps, it stays within the budget, and
    /// what is left is removed by the next run into the same place (StaleStaging).
    /// </summary>
    /// <exception cref="IOException">The file is still open for writing by a run that has not yet seen the signal.</exception>
    private static bool ShrinkWithin(string file, System.Diagnostics.Stopwatch clock, TimeSpan budget)
    {
        if (new FileInfo(file).Length <= ShrinkStep)
        {
            return true;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        for (long length = stream.Length; length > ShrinkStep; length -= ShrinkStep)
        {
            if (clock.Elapsed > budget)
            {
                return false;
            }

            stream.SetLength(length - ShrinkStep);
        }

        return true;
    }

    /// <summary>Removes one staging entry after a signal; the line to print, or null when it was already gone (removed and reported by another thread, or never created).</summary>
    internal static string? RemoveInterrupted(string staging)
    {
        Removal.EnterWriteLock();
        try
        {
            return Active.TryGetValue(staging, out string? destination) ? RemoveOne(staging, destination) : null;
        }
        finally
        {
            Removal.ExitWriteLock();
        }
    }

    private static string? RemoveOne(string staging, string destination)
    {
        bool folder = Directory.Exists(staging);
        if (!folder && !File.Exists(staging))
        {
            Remove(staging);
            return null;
        }

        string kind = folder ? "folder" : "file";
        if (folder && !EmptyWithin(staging, InterruptedRemovalBudget))
        {
            // A sweep stopped late holds thousands of unit files, and deleting them all on a loaded machine took
            // 2-6 s: past the 2 s a signal allows. What is left is a staging folder of a process that is gone, which
            // the next run into the same place removes as it removes one left by SIGKILL (StaleStaging).
            Remove(staging);
            return $"stopped removing the staging folder {staging} after {InterruptedRemovalBudget.TotalSeconds:0.0} s; {destination} was not changed, and the next run into it removes the rest";
        }

        if (Delete(staging))
        {
            return $"removed the staging {kind} {staging}; {destination} was not changed";
        }

        Remove(staging); // reported once; the next run into the same place removes it
        return $"could not remove the staging {kind} {staging}; the next run into {destination} removes it";
    }
}
