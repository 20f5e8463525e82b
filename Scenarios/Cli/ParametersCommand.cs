using System.CommandLine;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary><c>burstsim parameters</c>: every platform key a scenario may set, with its default, unit, type and description (from the model's docs).</summary>
internal static class ParametersCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("parameters", "List every platform parameter a scenario can set (platform.SECTION.KEY), with its default, unit, type and description.");
        command.SetAction(_ =>
        {
            var rows = ParameterCatalog.All
                .Select(k => new[] { k.Path, ParameterCatalog.FormatValue(ParameterCatalog.Default(k)), ParameterDocs.Unit(k), ParameterCatalog.TypeName(k.ValueType), ParameterDocs.Describe(k) })
                .Prepend(["parameter", "default", "unit", "type", "description (source)"])
                .ToArray();
            int[] widths = [.. Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length))];
            foreach (var row in rows)
            {
                stdout.WriteLine(string.Join("  ", row.Take(4).Select((cell, c) => cell.PadRight(widths[c]))) + "  " + row[4]);
            }

            stdout.WriteLine();
            stdout.WriteLine("Set any of them in a scenario's platform: section or with --set PATH=VALUE; times are in seconds from 0.000001 (one clock tick) to 1e8.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
