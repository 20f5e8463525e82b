using System.Reflection;
using System.Security.Cryptography;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Catalogue;

/// <summary>
/// The built-in scenarios: YAML files embedded as <c>catalogue/NAME.yaml</c>. A scenario that replays data ships it
/// under <c>catalogue/data/NAME/</c> (embedded as <c>catalogue-data/NAME/FILE</c>); its file fields name those files,
/// which are written once to a folder under the temporary directory named by their content hash and resolved there.
/// Other catalogue scenarios resolve files against the current directory.
/// </summary>
internal static class ScenarioCatalogue
{
    private const string Prefix = "catalogue/";
    private const string Suffix = ".yaml";

    private static readonly Assembly Resources = typeof(ScenarioCatalogue).Assembly;

    public static IReadOnlyList<string> Names { get; } =
    [
        .. Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    public static ScenarioSource Read(string name)
    {
        using var stream = Resources.GetManifestResourceStream(Prefix + name + Suffix)
                           ?? throw new ArgumentException($"no catalogue scenario '{name}'", nameof(name));
        using var reader = new StreamReader(stream);
        return new ScenarioSource(name, reader.ReadToEnd(), Prefix + name + Suffix, DataFolder(name) ?? Directory.GetCurrentDirectory());
    }

    /// <summary>The folder holding the scenario's embedded data files, written on first use; null when it ships none.</summary>
    private static string? DataFolder(string name)
    {
        string prefix = $"catalogue-data/{name}/";
        var files = Resources.GetManifestResourceNames()
            .Select(n => (Resource: n, Normal: n.Replace('\\', '/')))
            .Where(n => n.Normal.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(n => n.Normal, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var contents = files.Select(f => (Name: f.Normal[prefix.Length..], Bytes: ReadAll(f.Resource))).ToList();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, bytes) in contents)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(bytes);
        }

        string folder = Path.Combine(Path.GetTempPath(), "burstsim-catalogue", $"{name}-{Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        // Written aside and moved into place, so concurrent runs never read a half-written file.
        string staging = folder + "." + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        foreach (var (file, bytes) in contents)
        {
            File.WriteAllBytes(Path.Combine(staging, file), bytes);
        }

        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(staging, recursive: true); // another run put the same files there first
        }

        return folder;
    }

    private static byte[] ReadAll(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
