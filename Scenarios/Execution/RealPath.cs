namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A path with every symbolic link along it resolved, made absolute and without a trailing separator:
/// two spellings of one folder (<c>sh0/</c>, <c>./sh0</c>, a link to <c>sh0</c>) give the same string.
/// Parts that do not exist yet are kept as written.
/// </summary>
internal static class RealPath
{
    /// <summary>Links resolved at most this deep, so a loop of links ends (Linux stops at 40 as well).</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string root = Path.GetPathRoot(full) ?? string.Empty;
        string resolved = root;
        int links = 0;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            while (links < MaxLinks && Link(resolved) is { } target)
            {
                links++;
                resolved = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target, Path.GetDirectoryName(resolved) ?? root));
            }
        }

        return resolved;
    }

    private static string? Link(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) ? info.LinkTarget : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
