using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Loading;

/// <summary>Turns a scenario document (file plus overrides) into a validated <see cref="Scenario"/>.</summary>
internal static class ScenarioBinder
{
    public static readonly IReadOnlyList<string> TopLevelKeys = ["name", "description", "profile", "seed", "replications", "cluster", "platform", "workload", "cases", "policies", "pricing", "faults", "plugins"];

    /// <summary>Policies compared when a scenario lists none: OpenWhisk as it is against the burst fork.</summary>
    public static readonly IReadOnlyList<string> DefaultPolicies = ["classic", "burst"];

    private static readonly string[] CaseKeys = ["name", "columns", "workload", "policies"];

    /// <param name="document">The scenario, overrides applied.</param>
    /// <param name="commandLinePlugins">Plug-in files given with --plugin (full paths), loaded beside the scenario's <c>plugins:</c>.</param>
    public static Scenario Bind(ScenarioDocument document, IReadOnlyList<string>? commandLinePlugins = null)
    {
        var root = document.RootField.AsMap();
        root.AllowOnly(TopLevelKeys);
        var registry = Registry(root, commandLinePlugins ?? []);

        string name = root.Get("name")?.AsName() ?? document.Source.Name;
        var cluster = ClusterBinder.Bind(root.Require("cluster", "e.g. cluster: thesis, or cluster: {count: 4, cpus: 48}"));
        var parameters = ParameterBinder.Bind(root.Get("platform"));
        var cases = Cases(root, name, registry);
        var policies = Policies(root, registry);
        BlamePlugIns(policies);
        var scenario = new Scenario
        {
            Name = name,
            Description = root.Get("description")?.AsDescription() ?? $"{cases[0].Case.Workload.Description} on {Describe(cluster)}",
            Cluster = cluster,
            Parameters = parameters,
            Cases = [.. cases.Select(c => c.Case)],
            Policies = policies,
            Registry = registry,
            Pricing = PricingBinder.Bind(root.Get("pricing")),
            Faults = FaultsBinder.Bind(root.Get("faults"), cluster),
        };

        // Seed and replications keep the record's defaults unless written.
        if (root.Get("seed") is { } seed)
        {
            scenario = scenario with { Seed = seed.AsULong() };
        }

        if (root.Get("replications") is { } replications)
        {
            scenario = scenario with { Replications = replications.AsInt(NumberRange.Between(1, 100_000)) };
        }

        if (SeedRange.Problem(scenario.Seed, scenario.Replications) is { } problem)
        {
            // Only a written seed can be that large; blame it (it says "from --seed" when it came from there).
            throw (root.Get("seed") ?? root.Get("replications"))!.Error(problem);
        }

        ScenarioChecks.Check(scenario, [.. cases.Select(c => c.Field)], root);
        return scenario;
    }

    public static string Describe(Simulator.Platform.ClusterSpec cluster) =>
        cluster.Invokers.All(i => i.Cpus == cluster.Invokers[0].Cpus)
            ? string.Create(CultureInfo.InvariantCulture, $"{cluster.Invokers.Count} x {cluster.Invokers[0].Cpus} CPUs")
            : $"invokers of {string.Join("/", cluster.Invokers.Select(i => i.Cpus.ToString(CultureInfo.InvariantCulture)))} CPUs";

    private static List<(ScenarioCase Case, Field Field)> Cases(FieldMap root, string scenarioName, PolicyRegistry registry)
    {
        var baseWorkload = root.Get("workload");
        if (root.Get("cases") is not { } casesField)
        {
            var workload = baseWorkload ?? throw root.Field.Error("'workload' is required (or a list of 'cases', each with its workload)");
            return [(new ScenarioCase(scenarioName, WorkloadBinder.Bind(workload), []), workload)];
        }

        var items = casesField.AsList();
        if (items.Count == 0)
        {
            throw casesField.Error("list at least one case, or remove 'cases' and give a single 'workload'");
        }

        var result = new List<(ScenarioCase, Field)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var outputKeys = new List<(string Key, string Case, HashSet<string> Policies)>();
        PolicySpec[]? scenarioPolicies = null;
        foreach (var item in items)
        {
            var map = item.AsMap();
            map.AllowOnly(CaseKeys);
            var nameField = map.Require("name");
            string caseName = nameField.AsName();
            if (!names.Add(caseName))
            {
                throw nameField.Error($"the case name '{caseName}' is used twice");
            }

            var own = map.Get("workload");
            Field workload = (baseWorkload, own) switch
            {
                (null, null) => throw item.Error("this case has no workload and the scenario has no top-level 'workload' to inherit"),
                (null, { } o) => o,
                ({ } b, null) => b,
                ({ } b, { } o) => new Field(item.Document, item.Document.Merge(b.Node, b.Path, o.Node, o.Path), o.Path),
            };
            // --policy replaces every list: the scenario's and the cases' own.
            bool commandLine = root.Get("policies") is { } listed && listed.Document.CameFrom(listed.Node, "--policy");
            var ownPolicies = map.Get("policies") is { } p && !commandLine ? PolicyList(p, registry) : null;
            var columns = Columns(map, caseName);
            // Rows are told apart by their columns (the case name is a column only when the case sets none) and the policy:
            // two cases of equal columns that run a policy in common were pooled in summary-ci.csv as replications of one
            // (hostile12 N1). Values compare as summary-ci.csv reads them, trimmed; cases of disjoint policies
            // (paper-faas-startup's memory sizes) stay apart by the policy column.
            string key = string.Join("\n", columns.Where(c => c.Value.Trim().Length > 0).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.Trim()}"));
            var runs = (ownPolicies ?? (scenarioPolicies ??= Policies(root, registry))).Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
            var same = outputKeys.FirstOrDefault(o => o.Key == key && o.Policies.Overlaps(runs));
            if (same.Case is not null)
            {
                throw (map.Get("columns") ?? nameField).Error($"the case '{caseName}' has the same output columns ({string.Join(", ", columns.Select(c => $"{c.Key}={c.Value}"))}) as the case '{same.Case}' and a policy in common, so their rows could not be told apart in summary.csv and summary-ci.csv; give one of them a column value of its own");
            }

            outputKeys.Add((key, caseName, runs));
            result.Add((new ScenarioCase(caseName, WorkloadBinder.Bind(workload), columns) { Policies = ownPolicies }, workload));
        }

        return result;
    }

    private static KeyValuePair<string, string>[] Columns(FieldMap caseMap, string caseName)
    {
        if (caseMap.Get("columns") is not { } columns)
        {
            return [new("case", caseName)];
        }

        var map = columns.AsMap();
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (string key in map.Keys)
        {
            var value = map.Get(key) ?? throw columns.Error($"the column '{key}' needs a value");
            if (key.Length == 0 || key.Trim().Length != key.Length)
            {
                // CSV readers trim header cells: "x " met "x" (an internal error) or lost its value in summary-ci.csv.
                throw value.Error($"the column name '{key}' starts or ends with a space; write it without");
            }

            if (ActivationColumns.IsFixed(key) || SummaryColumns.IsFixed(key) || Outputs.SummaryCi.IsOwnColumn(key))
            {
                throw value.Error($"'{key}' is already an output column; choose another column name");
            }

            pairs.Add(new(key, value.AsText()));
        }

        return [.. pairs];
    }

    /// <summary>The built-in policies plus the plug-ins named by <c>plugins:</c> (paths relative to the scenario file) and --plugin.</summary>
    private static PolicyRegistry Registry(FieldMap root, IReadOnlyList<string> commandLine)
    {
        var plugins = new List<(string, Func<string, Cli.InputException>)>();
        foreach (string path in commandLine)
        {
            plugins.Add((path, problem => new Cli.InputException("--plugin", problem)));
        }

        if (root.Get("plugins") is { } field)
        {
            foreach (var item in field.AsList(scalarIsList: true))
            {
                string full = Path.GetFullPath(Path.Combine(item.Document.Source.BaseDirectory, item.AsName()));
                plugins.Add((full, problem => item.Error(problem)));
            }
        }

        return plugins.Count == 0 ? PolicyRegistry.BuiltIn : PluginLoader.Registry(plugins);
    }

    /// <summary>
    /// A fault inside a plug-in's code is reported as the plug-in's: "internal error in policy NAME (FILE)", naming the
    /// policies of that file this scenario chose.
    /// </summary>
    private static void BlamePlugIns(IEnumerable<PolicySpec> policies)
    {
        var chosen = policies.SelectMany(p => p.Selections).Where(s => s.Origin != PolicySelection.BuiltIn);
        foreach (var file in chosen.GroupBy(s => s.Factory.GetType().Assembly))
        {
            string names = string.Join(" or ", file.Select(s => s.Name).Distinct(StringComparer.Ordinal));
            Cli.CliContext.Blame.Register(file.Key, $"policy {names} ({file.First().Origin})");
        }
    }

    private static PolicySpec[] Policies(FieldMap root, PolicyRegistry registry) =>
        root.Get("policies") is { } field ? PolicyList(field, registry) : [.. DefaultPolicies.Select(registry.Parse)];

    /// <summary>A list of policy texts (the scenario's, or a case's own), each parsed and none twice.</summary>
    private static PolicySpec[] PolicyList(Field field, PolicyRegistry registry)
    {
        var items = field.AsList(scalarIsList: true);
        if (items.Count == 0)
        {
            throw field.Error("list at least one policy (classic, burst, burst:g=6, faasbatch, ...)");
        }

        var policies = new List<PolicySpec>();
        foreach (var item in items)
        {
            PolicySpec policy;
            try
            {
                policy = registry.Parse(item.AsName());
            }
            catch (FormatException e)
            {
                throw item.Error(e.Message);
            }

            if (policies.FirstOrDefault(p => p.EffectiveName == policy.EffectiveName) is { } twin)
            {
                throw item.Error(twin.Name == policy.Name
                    ? $"the policy '{policy.Name}' is listed twice"
                    : $"the policy '{policy.Name}' is listed twice: '{twin.Name}' is the same policy with the same option values ({policy.EffectiveName})");
            }

            policies.Add(policy);
        }

        return [.. policies];
    }
}
