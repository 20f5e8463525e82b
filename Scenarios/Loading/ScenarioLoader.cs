using Burstsim.Scenarios.Catalogue;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Loading;

/// <summary>Finds a scenario (catalogue name or .yaml path), applies the command-line overrides and validates it.</summary>
internal static class ScenarioLoader
{
    /// <summary>A catalogue name, or a path to a YAML file.</summary>
    public static ScenarioSource Find(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (File.Exists(nameOrPath))
        {
            string full = Path.GetFullPath(nameOrPath);
            Execution.InputFiles.Record(full);
            string text;
            try
            {
                text = YamlText.Read(full, "scenario");
            }
            catch (IOException e)
            {
                throw new InputException("scenario", $"cannot read {full}: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                throw new InputException("scenario", $"cannot read {full}: {e.Message}");
            }

            return new ScenarioSource(Path.GetFileNameWithoutExtension(full), text, nameOrPath, Path.GetDirectoryName(full)!);
        }

        if (ScenarioCatalogue.Contains(nameOrPath))
        {
            return ScenarioCatalogue.Read(nameOrPath);
        }

        bool looksLikePath = nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                             || nameOrPath.Contains('/', StringComparison.Ordinal) || nameOrPath.Contains('\\', StringComparison.Ordinal);
        throw new InputException(
            "scenario",
            looksLikePath
                ? FileInput.Missing(Path.GetFullPath(nameOrPath))
                : $"'{nameOrPath}' is neither a catalogue scenario nor a file{Suggest.Hint(nameOrPath, ScenarioCatalogue.Names)}; 'burstsim list' shows the catalogue");
    }

    public static Scenario Load(string nameOrPath, IReadOnlyList<Override> overrides) => Load(Find(nameOrPath), overrides);

    /// <summary>The override path that carries one --plugin file (full path); it adds to the scenario's plug-ins instead of replacing a value.</summary>
    public const string PluginPath = "--plugin";

    public static Scenario Load(ScenarioSource source, IReadOnlyList<Override> overrides)
    {
        var plugins = overrides.Where(o => o.Path == PluginPath).Select(o => o.Value).ToArray();
        overrides = [.. overrides.Where(o => o.Path != PluginPath)];
        var document = ScenarioDocument.Parse(source);

        // The profile goes under the file first, so the file's values and then every override win over it.
        DeploymentProfiles.Apply(document, overrides.LastOrDefault(o => o.Path.Trim() == "profile"));
        foreach (var change in overrides)
        {
            document.Apply(change);
        }

        return ScenarioBinder.Bind(document, plugins) with { ResolvedYaml = Resolved(document) };
    }

    // The document after every change, as YAML text (no anchors: each value written where it applies).
    private static string Resolved(ScenarioDocument document)
    {
        using var text = new StringWriter { NewLine = "\n" };
        new YamlDotNet.RepresentationModel.YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(document.Root)).Save(text, assignAnchors: false);
        string yaml = text.ToString();
        // YamlStream ends a document with "..."; run.yaml embeds it as a block.
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }
}
