using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Replication r runs seed + r: a seed whose replications would wrap past 2^64 - 1 onto small seeds is refused, not run.</summary>
public sealed class SeedRangeTests
{
    private const string Max = "18446744073709551615";

    [Theory]
    [InlineData("run")]
    [InlineData("sweep", "--vary", "workload.functions=2,4")]
    public void A_seed_whose_replications_wrap_is_refused_by_every_command_that_runs(string command, params string[] extra)
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = Shell.Run([command, file, "--out", folder["out"], "--seed", Max, "--replications", "3", .. extra]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("from --seed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("use a seed of at most 18446744073709551613", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void The_largest_seed_that_fits_runs()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--seed", "18446744073709551613", "--replications", "3");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var summary = File.ReadAllLines(folder["out/summary.csv"]);
        int seed = Array.IndexOf(summary[0].Split(','), "seed");
        Assert.Equal(["18446744073709551613", "18446744073709551614", "18446744073709551615"], summary.Skip(1).Select(l => l.Split(',')[seed]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_checks_the_scenario_seed_against_its_own_replications()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);
        string real = folder.Write("gran1.csv", "host_job_create_tstamp,worker_start_tstamp,worker_func_start_tstamp,worker_func_end_tstamp,worker_end_tstamp,worker_cold_start\n0.0,1.5,1.6,2.6,2.61,True\n");

        var result = Shell.Run("validate", "--real", real, "--scenario", file, "--set", "seed=" + Max, "--replications", "2", "--out", folder["val"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--replications: seed " + Max + " with 2 replications", result.Stderr, StringComparison.Ordinal);
    }
}
