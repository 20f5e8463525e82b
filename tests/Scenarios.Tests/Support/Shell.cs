using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Runs the command line in-process with captured output, as a shell would.</summary>
public static class Shell
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = BurstsimCli.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
