using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>platform.network.backend picks burst-communication-middleware's backend; a wrong name is exit 2 naming the field and the choices.</summary>
public sealed class CommBackendTests
{
    private const string Scenario = """
        name: backend
        cluster: {count: 2, cpus: 4}
        workload:
          type: phased
          functions: 8
          phases: [{pattern: gather, mb: 10}]
        policies: ["burst:g=4"]
        platform:
          network: {backend: BACKEND}
        """;

    [Fact]
    public void An_unknown_backend_is_bad_input_naming_the_field_and_the_backends()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", Scenario.Replace("BACKEND", "kafka", StringComparison.Ordinal));

        var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("platform.network.backend", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("expected one of broker, redis_list, redis_stream, dragonfly, rabbitmq, s3, got 'kafka'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["s.yaml"], folder.Entries());
    }

    [Theory]
    [InlineData("broker")]
    [InlineData("redis_list")]
    [InlineData("redis_stream")]
    [InlineData("dragonfly")]
    [InlineData("rabbitmq")]
    [InlineData("s3")]
    public void Every_backend_runs_a_gather_across_packs(string backend)
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", Scenario.Replace("BACKEND", backend, StringComparison.Ordinal));

        var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == 0, result.ToString());
        string summary = File.ReadAllText(Path.Combine(folder["out"], "summary.csv"));
        Assert.Contains("comm_mean_s", summary, StringComparison.Ordinal);

        // Each function's own communication time: every sender moved 10 MB to another pack, so took some time.
        var rows = File.ReadAllLines(Path.Combine(folder["out"], "activations.csv"));
        int comm = Array.IndexOf(rows[0].Split(','), "comm_s");
        Assert.True(comm >= 0, rows[0]);
        Assert.Equal(8, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.True(double.Parse(r.Split(',')[comm], System.Globalization.CultureInfo.InvariantCulture) > 0, r));
    }
}
