using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The staging folders this process is writing. On Ctrl-C (SIGINT) or SIGTERM they are removed before
/// the process ends, so an interrupted run leaves neither half-written outputs nor hidden folders behind.
/// </summary>
internal static class StagingRegistry
{
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static PosixSignalRegistration[]? _signals;

    public static void Add(string staging)
    {
        Active[staging] = 0;
        lock (Gate)
        {
            // Registered once, on the first staging folder; kept for the life of the process.
            _signals ??= [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        }
    }

    public static void Remove(string staging) => Active.TryRemove(staging, out _);

    /// <summary>Deletes a staging folder (retrying while runs still write into it) and forgets it.</summary>
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

    /// <summary>Removes every active staging folder; the signal's default action (ending the process) follows.</summary>
    private static void OnSignal(PosixSignalContext context)
    {
        foreach (string staging in Active.Keys)
        {
            if (!Active.TryRemove(staging, out _))
            {
                continue; // another signal's handler took it
            }

            bool removed = Delete(staging);
            Console.Error.WriteLine(removed
                ? $"interrupted ({context.Signal}): removed the staging folder {staging}; the output folder was not changed"
                : $"interrupted ({context.Signal}): could not remove the staging folder {staging}; the next run into the same folder removes it");
        }
    }
}
