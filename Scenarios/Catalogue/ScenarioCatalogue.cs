using System.Reflection;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Catalogue;

/// <summary>The built-in scenarios: YAML files embedded as <c>catalogue/NAME.yaml</c>.</summary>
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
        return new ScenarioSource(name, reader.ReadToEnd(), Prefix + name + Suffix, Directory.GetCurrentDirectory());
    }
}
