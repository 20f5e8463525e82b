namespace Burstsim.Scenarios.Tests.Support;

/// <summary>A fresh folder under the system temp folder, removed on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "burstsim-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file (creating folders) and returns its path.</summary>
    public string Write(string relative, string text)
    {
        string path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string[] Entries(string relative = "") =>
        [.. Directory.EnumerateFileSystemEntries(this[relative], "*", SearchOption.AllDirectories).Select(e => System.IO.Path.GetRelativePath(Path, e)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is not a test failure.
        }
    }
}
