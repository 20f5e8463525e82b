namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Outputs are written to a hidden folder beside the destination and moved into place only when
/// complete, so a failed or refused run leaves the destination as it was.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>Every file name burstsim writes at the top of an output folder; stale copies are removed when a new result moves in.</summary>
    public static readonly IReadOnlyList<string> KnownFiles = ["activations.csv", "summary.csv", "summary-ci.csv", "burst_info.json", "shard.json"];

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

    public static OutputFolder Create(string destination)
    {
        string full = Path.GetFullPath(destination);
        string parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full;
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.burstsim-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging);
    }

    public void Commit()
    {
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }

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

    public void Abort()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
