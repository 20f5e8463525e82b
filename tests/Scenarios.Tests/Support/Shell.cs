using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Runs the command line in-process with captured output, as a shell would.</summary>
public static class Shell
{
    /// <summary>
    /// Far above any test scenario's run time, also on a 2-core machine shared with other work (60 s was reached under a
    /// load of 30): a simulation that never ends fails the test instead of hanging the suite.
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Run(() => BurstsimCli.Run(args, stdout, stderr));
        Assert.True(run.Wait(Limit), $"burstsim {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s");
        return new CliResult(run.Result, stdout.ToString(), stderr.ToString());
    }
}
