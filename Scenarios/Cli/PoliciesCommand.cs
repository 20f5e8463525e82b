using System.CommandLine;
using Burstsim.Scenarios.Loading;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim policies [--plugin X.dll]</c>: every policy a scenario may name, one per line: the name as written
/// (family:name; the family's default also by the bare family), its options, its one-line doc, and where it comes from.
/// </summary>
internal static class PoliciesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var plugins = PluginOption.Create();
        var command = new Command("policies", "List every policy (built-in and from --plugin): name, options, what it does. Combine one placement policy with lifecycle ones: classic+keep-alive:NAME.")
        {
            plugins,
        };
        command.SetAction(parse =>
        {
            var registry = PluginLoader.Registry([.. PluginOption.Overrides(parse, plugins).Select(o => (o.Value, (Func<string, InputException>)(problem => new InputException("--plugin", problem))))]);
            var rows = registry.Policies.Select(Row).ToArray();
            int width = rows.Max(r => r.Name.Length);
            foreach (var (name, text) in rows)
            {
                stdout.WriteLine($"{name.PadRight(width)}  {text}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static (string Name, string Text) Row(PolicySelection policy)
    {
        var f = policy.Factory;
        string name = $"{f.Family.Name}:{f.Name}";
        string options = f.Options.Count == 0 ? "no options" : string.Join("; ", f.Options.Select(o => o.Describe()));
        string aliases = f.IsFamilyDefault ? $" Default of {f.Family.Name}: '{f.Family.Name}' alone names it." : f.ImpliedBy is { } key ? $" Implied by {key}=: '{f.Family.Name}:{key}=...' names it." : string.Empty;
        string origin = policy.Origin == PolicySelection.BuiltIn ? string.Empty : $" [plug-in {policy.Origin}]";
        return (name, $"{options} | {f.Summary}.{aliases}{origin}");
    }
}
