using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Runs the command line in-process with captured output, as a shell would.</summary>
public static class Shell
{
    /// <summary>Far above any test scenario's run time: a simulation that never ends fails the test instead of hanging the suite.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() => BurstsimCli.Run(args, stdout, stderr));
        Assert.True(run.Wait(Limit), $"burstsim {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s");
        return new CliResult(run.Result, stdout.ToString(), stderr.ToString());
    }
}
