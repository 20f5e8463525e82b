using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Outputs are written to a hidden staging folder on the destination's filesystem (a sibling
/// <c>.DIR.burstsim-PID-ID</c>, or inside an existing DIR when DIR is itself a mount point or its parent refuses new files) and renamed into place
/// only when complete: a failed, refused or interrupted run leaves DIR as it was. Staging folders of
/// interrupted runs are removed on Ctrl-C/SIGTERM (<see cref="StagingRegistry"/>) and, if a run was
/// killed outright, at the next run into the same DIR, which says so on stderr.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>Every file name burstsim writes at the top of an output folder; stale copies are removed when a new result moves in.</summary>
    public static readonly IReadOnlyList<string> KnownFiles = ["activations.csv", "activations.parquet", "summary.csv", "summary-ci.csv", "burst_info.json", "shard.json", "run.yaml"];

    private OutputFolder(string destination, string staging)
    {
        Destination = destination;
        Staging = staging;
    }

    public string Destination { get; }

    /// <summary>Where the outputs are written until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>Scratch space for per-unit files, removed before the commit.</summary>
    public string Work => Path.Combine(Staging, ".units");

    public string Figures => Path.Combine(Staging, "figures");

    public string File(string name) => Path.Combine(Staging, name);

    /// <summary>
    /// Stages, runs <paramref name="write"/>, and moves the result into <paramref name="destination"/>; on any
    /// failure the staging folder is removed, DIR is untouched, and a read/write failure becomes bad input naming --out.
    /// </summary>
    /// <exception cref="InputException">DIR cannot be created or written (a file, read-only, full disk).</exception>
    public static T Write<T>(string destination, Func<OutputFolder, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Interruption.ThrowIfRequested();
        var folder = Create(destination);
        try
        {
            Interruption.ThrowIfRequested();
            var result = write(folder);
            folder.Commit();
            return result;
        }
        catch (Exception) when (Interruption.Requested)
        {
            // Whatever failed on the way out (a writer cut short, a file the cancelled run never wrote) is the
            // interrupt's doing, not a fault of --out: say what was cleaned up, and nothing else.
            // Null when the watchdog removed it first and said so: one line either way.
            if (StagingRegistry.RemoveInterrupted(folder.Staging) is { } removal)
            {
                CliContext.Stderr.WriteLine(Interruption.Line(removal));
            }

            throw new OperationCanceledException(Interruption.Token);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            folder.Abort();
            throw new InputException("--out", $"writing {folder.Destination} failed: {failure.Message.TrimEnd('.')}; nothing was changed in {folder.Destination} (free space or choose another folder)", failure);
        }
        catch
        {
            folder.Abort();
            throw;
        }
    }

    /// <summary>The read/write failure behind <paramref name="e"/>, also when parallel runs wrapped it; null for any other fault.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(f => f is not null),
        _ => null,
    };

    /// <summary>Checks DIR is a writable folder, clears stale staging folders, and creates this run's staging folder.</summary>
    /// <exception cref="InputException">DIR is a file, below a file, the root, or not writable.</exception>
    public static OutputFolder Create(string destination)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        string name = Path.GetFileName(full);
        string? parent = Path.GetDirectoryName(full);
        if (name.Length == 0 || parent is null)
        {
            throw new InputException("--out", $"{full} is the root of the filesystem; give a folder below it");
        }

        if (System.IO.File.Exists(full))
        {
            throw new InputException("--out", $"{full} is a file; give a folder");
        }

        InputFiles.CheckNotReplacedBy(full);
        Guarded(full, () => Directory.CreateDirectory(parent));
        StaleStaging.Remove(parent, name, full);

        bool exists = Directory.Exists(full);
        string home = StagingHome(full, parent, exists, exists && MountPoints.IsMountPoint(full), exists && !AcceptsNewFiles(parent, name));
        string staging = Path.Combine(home, StaleStaging.NewName(name));
        CheckLength(full, name, staging);
        GuardedStaging(full, home, () =>
        {
            // Registered first, so a signal the moment the folder appears still removes it.
            StagingRegistry.Add(staging, full);
            StagingRegistry.CreateDirectory(staging);
            string probe = Path.Combine(staging, ".probe");
            System.IO.File.WriteAllText(probe, "burstsim");
            System.IO.File.Delete(probe);
        });
        return new OutputFolder(full, staging);
    }

    /// <summary>Most file systems' limit on one name (NAME_MAX), bytes.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Linux's limit on a whole path (PATH_MAX, with its terminating zero), bytes.</summary>
    private const int MaxPathBytes = 4095;

    /// <summary>The deepest file written in the staging folder (a run's own activations file), for the path limit.</summary>
    private static readonly string DeepestFile = Path.Combine(".units", "unit-0000000.parquet");

    /// <summary>
    /// Refuses a DIR whose staging folder's name or deepest path is over the file system's limits, naming the limit:
    /// the staging name adds about 50 bytes to DIR's, so a DIR name of 205 bytes fails there, not at DIR itself.
    /// </summary>
    /// <exception cref="InputException">The staging name or a path below it would be too long.</exception>
    private static void CheckLength(string destination, string name, string staging)
    {
        int nameBytes = System.Text.Encoding.UTF8.GetByteCount(name);
        int stagingBytes = System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(staging));
        if (stagingBytes > MaxNameBytes)
        {
            int extra = stagingBytes - nameBytes;
            throw new InputException("--out", $"the folder name '{name[..Math.Min(name.Length, 40)]}...' is {nameBytes} bytes long; outputs are first written beside it in a staging folder named .NAME.burstsim-PID-ID, {extra} bytes longer, over the {MaxNameBytes}-byte limit on one name; use a folder name of at most {MaxNameBytes - extra} bytes");
        }

        int deepest = System.Text.Encoding.UTF8.GetByteCount(Path.Combine(staging, DeepestFile));
        if (deepest > MaxPathBytes)
        {
            throw new InputException("--out", $"{destination[..Math.Min(destination.Length, 60)]}... is too deep: its staging folder's files would have paths of {deepest} bytes, over the {MaxPathBytes}-byte limit on a path; choose a shorter path");
        }
    }

    /// <summary>
    /// Where the staging folder goes: beside DIR, which shares DIR's filesystem so the final move is a rename; or inside
    /// an existing DIR when DIR is a mount point of its own, or when its parent refuses new entries (HPC scratch: /scratch
    /// owned by root, /scratch/me by the user). Files staged inside DIR are moved into it one by one, still renames.
    /// </summary>
    internal static string StagingHome(string destination, string parent, bool destinationExists, bool destinationIsMountPoint, bool parentRefusesFiles) =>
        destinationExists && (destinationIsMountPoint || parentRefusesFiles) ? destination : parent;

    /// <summary>Moves the staged result into place; under <see cref="StagingRegistry.Commit"/>, so an interrupt never cuts it in half.</summary>
    /// <exception cref="OperationCanceledException">A signal came before the commit began; nothing was moved.</exception>
    /// <exception cref="InputException">An output would replace an input of this run; nothing was moved.</exception>
    public void Commit()
    {
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }

        if (Directory.Exists(Destination))
        {
            InputFiles.CheckNotReplacedBy(Destination, Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Staging, f)));
        }

        StagingRegistry.Commit(Staging, MoveIntoPlace);
        Interruption.Written(Destination);
    }

    private void MoveIntoPlace()
    {
        if (!Directory.Exists(Destination))
        {
            Directory.Move(Staging, Destination);
            return;
        }

        foreach (string name in KnownFiles)
        {
            System.IO.File.Delete(Path.Combine(Destination, name));
        }

        string figures = Path.Combine(Destination, "figures");
        if (Directory.Exists(figures))
        {
            foreach (string svg in Directory.EnumerateFiles(figures, "timeline*.svg").Concat(Directory.EnumerateFiles(figures, "startup-boxplot.svg")))
            {
                System.IO.File.Delete(svg);
            }
        }

        foreach (string file in Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(Destination, Path.GetRelativePath(Staging, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Move(file, target, overwrite: true);
        }

        Directory.Delete(Staging, recursive: true);
    }

    /// <summary>Removes the staging folder; false if it could not be removed (the next run into DIR removes it).</summary>
    public bool Abort() => StagingRegistry.Delete(Staging);

    /// <summary>Whether a folder accepts new entries, by making and removing one (permission bits alone miss read-only mounts, ACLs and root).</summary>
    private static bool AcceptsNewFiles(string folder, string name)
    {
        string probe = Path.Combine(folder, StaleStaging.NewName(name)); // named like a staging folder, so a leftover is cleared by the next run
        StagingRegistry.Add(probe, Path.Combine(folder, name)); // and an interrupt's watchdog removes it
        try
        {
            StagingRegistry.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            StagingRegistry.Remove(probe);
        }
    }

    // The staging folder is an implementation detail: a failure there is reported as the parent folder refusing new files.
    private static void GuardedStaging(string destination, string parent, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = e switch
            {
                UnauthorizedAccessException => "permission denied",
                PathTooLongException => "a name or the path is too long for the file system",
                _ => "it does not accept new files",
            };
            throw new InputException("--out", $"cannot write to {destination}: cannot create files in {parent} ({why}); choose a folder you can write to", e);
        }
    }

    private static void Guarded(string destination, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("--out", $"cannot write to {destination}: {e.Message.TrimEnd('.')}; choose a folder you can write to", e);
        }
    }
}
