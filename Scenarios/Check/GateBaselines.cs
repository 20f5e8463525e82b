using Burstsim.Results.Regression;
using Burstsim.Scenarios.Catalogue;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Check;

/// <summary>
/// Finds the baselines of a gate run: <c>--baseline</c> is one file or a folder of <c>*.yaml</c>
/// files; <c>--scenario</c> keeps those whose scenario (or file name) matches. With <c>--update</c>, a
/// named scenario without a baseline gets a new file (FOLDER/NAME.yaml, or the file given).
/// </summary>
internal static class GateBaselines
{
    public static List<GateEntry> Find(string baselinePath, IReadOnlyList<string> scenarios, bool update)
    {
        string full = Path.GetFullPath(baselinePath);
        bool folder = Directory.Exists(full);
        var files = folder
            ? Directory.GetFiles(full, "*.yaml").Concat(Directory.GetFiles(full, "*.yml")).Order(StringComparer.Ordinal).ToList()
            : File.Exists(full) ? [full] : [];
        if (files.Count == 0 && !update)
        {
            throw new InputException("--baseline", folder
                ? $"{full} holds no *.yaml baselines; record some with --update --scenario NAME"
                : $"no such file or folder: {full}; record a baseline with --update --scenario NAME");
        }

        var entries = new List<GateEntry>();
        foreach (string file in files)
        {
            var recorded = Read(file);
            if (scenarios.Count == 0 || scenarios.Any(s => Matches(s, file, recorded.Scenario)))
            {
                entries.Add(new GateEntry(file, recorded, recorded.Scenario, Resolve(recorded, file)));
            }
        }

        foreach (string name in scenarios.Where(s => !entries.Any(e => Matches(s, e.Path, e.Reference))))
        {
            if (!update)
            {
                throw new InputException("--scenario", $"no baseline in {GateEntry.DisplayName(full)} names '{name}'; record one with --update");
            }

            entries.Add(Create(name, folder || (!full.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !full.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                ? Path.Combine(full, Path.GetFileNameWithoutExtension(name) + ".yaml")
                : full));
        }

        if (entries.Count == 0 && scenarios.Count == 0)
        {
            throw new InputException("--scenario", $"{GateEntry.DisplayName(full)} holds no baselines yet; name the scenarios to record with --scenario NAME");
        }

        if (entries.Count == 0)
        {
            throw new InputException("--scenario", $"no baseline in {GateEntry.DisplayName(full)} names {string.Join(", ", scenarios)}");
        }

        return entries;
    }

    private static Baseline Read(string file)
    {
        try
        {
            Execution.InputFiles.Record(file); // --junit must not name it; --update rewrites it on purpose (OutputFile's updatesInput)
            // The scenario's YAML checks first (control characters, unclosed quotes, tabs, tags), in the same words.
            string text = Loading.YamlText.Read(file, "--baseline");
            if (YamlGuard.Check(text) is { } problem)
            {
                throw new InputException("(yaml)", problem.Problem, problem.Line, GateEntry.DisplayName(file));
            }

            return BaselineReader.Read(new StringReader(text));
        }
        catch (BaselineFormatException e) when (e.InnerException is YamlDotNet.Core.YamlException yaml)
        {
            throw new InputException(e.Field, YamlGuard.Clean(yaml.Message, yaml.Start, yaml.End), e.Line, GateEntry.DisplayName(file));
        }
        catch (BaselineFormatException e)
        {
            throw new InputException(e.Field, e.Problem, e.Line, GateEntry.DisplayName(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("--baseline", $"cannot read {file}: {e.Message}");
        }
    }

    /// <summary>A path relative to the baseline file when such a file exists, else a catalogue name.</summary>
    private static ScenarioSource Resolve(Baseline recorded, string file)
    {
        string beside = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, recorded.Scenario));
        if (File.Exists(beside))
        {
            return ScenarioLoader.Find(beside);
        }

        if (ScenarioCatalogue.Contains(recorded.Scenario))
        {
            return ScenarioCatalogue.Read(recorded.Scenario);
        }

        throw new InputException("scenario", $"'{recorded.Scenario}' is neither a catalogue scenario ('burstsim list') nor a file beside the baseline ({beside})", recorded.Lines.GetValueOrDefault("scenario"), GateEntry.DisplayName(file));
    }

    /// <summary>A new baseline: a catalogue name stays a name; a file is named relative to the baseline's folder.</summary>
    private static GateEntry Create(string name, string file)
    {
        var source = ScenarioLoader.Find(name);
        string reference = ScenarioCatalogue.Contains(name) && !File.Exists(name)
            ? name
            : Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.GetFullPath(name)).Replace('\\', '/');
        return new GateEntry(file, null, reference, source);
    }

    private static bool Matches(string wanted, string file, string reference) =>
        string.Equals(wanted, reference, StringComparison.Ordinal)
        || string.Equals(wanted, Path.GetFileNameWithoutExtension(file), StringComparison.Ordinal)
        || (File.Exists(wanted) && string.Equals(Path.GetFullPath(wanted), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference)), StringComparison.Ordinal));
}
