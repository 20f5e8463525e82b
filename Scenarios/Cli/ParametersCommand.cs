using System.CommandLine;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary><c>burstsim parameters</c>: every platform key a scenario may set, its type and its default.</summary>
internal static class ParametersCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("parameters", "List every platform parameter a scenario can set (platform.SECTION.KEY), with its type and default.");
        command.SetAction(_ =>
        {
            int width = ParameterCatalog.All.Max(k => k.Path.Length);
            foreach (var key in ParameterCatalog.All)
            {
                stdout.WriteLine($"{key.Path.PadRight(width)}  {ParameterCatalog.FormatValue(ParameterCatalog.Default(key)),-22}  {ParameterCatalog.TypeName(key.ValueType)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
