using System.CommandLine;

namespace Burstsim.Scenarios.Cli;

/// <summary>The <c>burstsim</c> command line: builds the commands and maps failures to exit codes.</summary>
public static class BurstsimCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("burstsim: a discrete-event simulator of classic FaaS, burst computing and FaaSBatch on OpenWhisk.")
        {
            RunCommand.Create(stdout, stderr),
            SweepCommand.Create(stdout, stderr),
            MergeCommand.Create(stdout),
            ListCommand.Create(stdout),
            ParametersCommand.Create(stdout),
            BenchCommand.Create(stdout),
            FiguresCommand.Create(stdout),
            ValidateCommand.Create(stdout),
            CalibrateCommand.Create(stdout),
            ImportCommand.Create(stdout),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'burstsim --help' for the commands and their options.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
