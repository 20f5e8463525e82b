using System.Reflection;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Catalogue;

/// <summary>
/// Named deployments (<c>profile: thesis-rack</c>, <c>profile: eks-c7i</c>): each bundles a cluster with the
/// platform settings of one real OpenWhisk deployment, as YAML embedded from <c>catalogue/profiles/NAME.yaml</c>
/// with a source for every value. A scenario's own values and <c>--set</c> win over its profile.
/// </summary>
internal static class DeploymentProfiles
{
    private const string Prefix = "profiles/";
    private const string Suffix = ".yaml";

    /// <summary>The sections a profile may give.</summary>
    private static readonly string[] Sections = ["cluster", "platform"];

    private static readonly Assembly Resources = typeof(DeploymentProfiles).Assembly;

    public static IReadOnlyList<string> Names { get; } =
    [
        .. Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The profile's YAML text. Throws <see cref="InputException"/> (field <c>profile</c>) for an unknown name.</summary>
    public static string Read(string name)
    {
        using var stream = Resources.GetManifestResourceStream(Prefix + name + Suffix)
                           ?? throw new InputException("profile", $"unknown deployment profile '{name}'{Suggest.Hint(name, Names)}; use one of {string.Join(", ", Names)}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>When the document names a profile, puts the profile's sections under the document's own.</summary>
    public static void Apply(ScenarioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.RootField.AsMap();
        if (root.Get("profile") is not { } field)
        {
            return;
        }

        string name = field.AsChoice([.. Names]);
        string origin = $"profile {name}";
        var profile = ScenarioDocument.ParseProfile(Read(name), origin);
        foreach (var (key, section) in profile.Children)
        {
            string keyText = key.ToString();
            if (!Sections.Contains(keyText, StringComparer.Ordinal))
            {
                throw new InputException("profile", $"{origin} has a section '{keyText}'; a profile gives only {string.Join(" and ", Sections)}");
            }

            document.Underlay(keyText, section, origin);
        }
    }
}
