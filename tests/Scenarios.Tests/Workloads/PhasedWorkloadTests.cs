using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>type: phased in scenarios: what it runs, the outputs it adds, and what it refuses.</summary>
public sealed class PhasedWorkloadTests
{
    private const string Scenario = """
        name: phased
        cluster: {count: 2, cpus: 8, memory_mb: 30000}
        platform:
          client: {max_workers: 100}
        workload:
          type: phased
          functions: 12
          phases:
            - cpu_s: 0.5
            - pattern: shuffle
              total_mb: 120
            - cpu_s: 0.5
        policies: [classic, "burst:g=2", "burst:g=6"]
        """;

    private static CliResult Run(string yaml, TempFolder output)
    {
        using var input = new TempFolder();
        return Shell.Run(["run", input.Write("scenario.yaml", yaml), "--out", output["out"]]);
    }

    [Fact]
    public void A_run_writes_the_phase_split_to_summary_and_the_breakdown_beside_the_figures()
    {
        using var output = new TempFolder();
        var result = Run(Scenario, output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        string[] summary = File.ReadAllLines(Path.Combine(output["out"], "summary.csv"));
        Assert.Contains(",critical_startup_s,critical_compute_s,critical_comm_s,comm_mean_s,sync_mean_s,", summary[0], StringComparison.Ordinal);
        Assert.Equal(4, summary.Length);
        string breakdown = File.ReadAllText(Path.Combine(output["out"], "figures", "phase-breakdown.csv"));
        Assert.Contains("phased,phased,burst:g=6,6,0,comm,", breakdown, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output["out"], "figures", "phase-breakdown.svg")));
        Assert.Contains("comm s", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    - cpu_s: 0.5\n      pattern: gather", "workload.phases[0].pattern", "contradicts")]
    [InlineData("    - pattern: scatter\n      mb: 1", "workload.phases[0].pattern", "expected one of send, broadcast")]
    [InlineData("    - pattern: gather", "workload.phases[0]", "needs mb (per function) or total_mb")]
    public void A_bad_phase_is_refused_naming_it(string phase, string field, string problem)
    {
        string yaml = Scenario.Replace("    - cpu_s: 0.5\n    - pattern: shuffle", phase + "\n    - pattern: shuffle", StringComparison.Ordinal);
        using var output = new TempFolder();
        var result = Run(yaml, output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(field, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(output.Entries());
    }

    [Fact]
    public void Classic_functions_that_cannot_all_run_at_once_are_refused_with_the_limit_to_raise()
    {
        using var output = new TempFolder();
        var result = Run(Scenario.Replace("max_workers: 100", "max_workers: 10", StringComparison.Ordinal), output);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("platform.client.max_workers is 10", result.Stderr, StringComparison.Ordinal);
    }
}
