using System.CommandLine;
using Burstsim.Scenarios.Catalogue;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary><c>burstsim list</c>: the built-in scenarios, one line each.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("list", "List the built-in scenarios (usable as 'burstsim run NAME').");
        command.SetAction(_ =>
        {
            int width = ScenarioCatalogue.Names.Max(n => n.Length);
            foreach (string name in ScenarioCatalogue.Names)
            {
                var scenario = ScenarioLoader.Load(name, []);
                stdout.WriteLine($"{name.PadRight(width)}  {scenario.Description}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
