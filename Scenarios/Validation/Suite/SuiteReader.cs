using System.Reflection;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// Reads a validation suite YAML: the built-in one (Scenarios/catalogue/validation/suite.yaml, embedded) or a user's file.
/// Errors are <see cref="Cli.InputException"/> naming the key and its line.
/// </summary>
internal static class SuiteReader
{
    /// <summary>The embedded suite's resource name.</summary>
    public const string BuiltInResource = "validation/suite.yaml";

    private static readonly string[] RowKeys = ["experiment", "role", "scenario", "case", "policy", "real", "metrics", "misses"];
    private static readonly string[] RealKeys = ["lithops", "terasort", "collective", "published", "held_back", "source", "burst_size", "granularity"];

    /// <summary>The built-in suite.</summary>
    public static ValidationSuite BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(BuiltInResource)
                           ?? throw new InvalidOperationException($"the build lost the embedded {BuiltInResource}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "validation/suite.yaml");
    }

    /// <summary>A suite file; <c>--suite</c> names it in errors.</summary>
    /// <exception cref="Cli.InputException">No such file, or bad content.</exception>
    public static ValidationSuite ReadFile(string path) =>
        File.Exists(path)
            ? Parse(Loading.YamlText.Read(path, "--suite"), path) // bounded, and a named pipe refused before it is opened
            : throw new Cli.InputException("--suite", Loading.FileInput.Missing(Path.GetFullPath(path)));

    /// <summary>Parses suite text; <paramref name="origin"/> names it in errors.</summary>
    public static ValidationSuite Parse(string text, string origin)
    {
        var document = ScenarioDocument.Parse(new ScenarioSource("suite", text, origin, Directory.GetCurrentDirectory()));
        var root = document.RootField.AsMap();
        root.AllowOnly(["data", "tolerances", "rows"]);
        string data = root.Require("data", "the public data's repository@commit the real values were read from").AsName();
        var tolerances = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root.Get("tolerances") is { } tol)
        {
            var map = tol.AsMap();
            map.AllowOnly(SuiteMetrics.Names);
            foreach (string name in map.Keys)
            {
                tolerances[name] = map.Get(name)!.AsDouble(NumberRange.NonNegative);
            }
        }

        var rows = root.Require("rows", "a list of comparisons").AsList().Select(Row).ToArray();
        return new ValidationSuite(data, tolerances, rows);
    }

    private static SuiteRow Row(Field item)
    {
        var map = item.AsMap();
        map.AllowOnly(RowKeys);
        var metrics = map.Require("metrics", $"a list of {string.Join(", ", SuiteMetrics.Names)}").AsList(scalarIsList: true)
            .Select(m => m.AsChoice(SuiteMetrics.Names)).ToArray();
        var misses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Get("misses") is { } missField)
        {
            var missMap = missField.AsMap();
            missMap.AllowOnly(metrics);
            foreach (string name in missMap.Keys)
            {
                misses[name] = missMap.Get(name)!.AsName();
            }
        }

        return new SuiteRow(
            map.Require("experiment").AsName(),
            map.Require("role", "fit or validation").AsChoice(["fit", "validation"]) == "fit" ? SuiteRole.Fit : SuiteRole.Validation,
            map.Require("scenario").AsName(),
            map.Get("case")?.AsName(),
            map.Require("policy").AsName(),
            Real(map.Require("real"), metrics),
            metrics,
            misses);
    }

    private static SuiteReal Real(Field field, IReadOnlyList<string> metrics)
    {
        var map = field.AsMap();
        map.AllowOnly(RealKeys);
        map.AtMostOne("lithops", "terasort", "collective", "published", "held_back");
        string? source = map.Get("source")?.AsName();
        if (map.Get("lithops") is { } lithops)
        {
            return new SuiteReal(SuiteRealKind.Lithops, Files(lithops));
        }

        if (map.Get("terasort") is { } terasort)
        {
            return new SuiteReal(SuiteRealKind.TeraSort, Files(terasort));
        }

        if (map.Get("collective") is { } collective)
        {
            return new SuiteReal(
                SuiteRealKind.Collective,
                Files(collective),
                BurstSize: map.Require("burst_size", "the workers of the benchmark run to select").AsInt(NumberRange.AtLeast(1)),
                Granularity: map.Require("granularity", "the granularity of the benchmark run to select").AsInt(NumberRange.AtLeast(1)));
        }

        if (map.Get("published") is { } published)
        {
            var values = published.AsMap();
            values.AllowOnly(metrics);
            var dict = values.Keys.ToDictionary(k => k, k => values.Get(k)!.AsDouble(NumberRange.NonNegative), StringComparer.Ordinal);
            return new SuiteReal(SuiteRealKind.Published, [], source ?? throw map.Field.Error("published values need a source: the text and section that state them"), dict);
        }

        if (map.Get("held_back") is { } heldBack)
        {
            return new SuiteReal(SuiteRealKind.HeldBack, [], heldBack.AsName());
        }

        throw map.Field.Error("give one of lithops, terasort, collective (data files), published (with source) or held_back (why)");
    }

    private static string[] Files(Field field) => [.. field.AsList(scalarIsList: true).Select(f => f.AsName())];
}
