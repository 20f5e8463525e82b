namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Compares output folders file by file, byte for byte.</summary>
public static class FolderAssert
{
    public static void Identical(string expected, string actual)
    {
        string[] Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        foreach (string file in files)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(expected, file));
            byte[] b = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs");
        }
    }
}
