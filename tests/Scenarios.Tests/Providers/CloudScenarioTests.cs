using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Providers;

/// <summary>Providers chosen in a scenario: per-case policies, one run over OpenWhisk and the providers, bad settings refused.</summary>
public sealed class CloudScenarioTests
{
    private const string Scenario = """
        cluster: {count: 2, cpus: 48}
        workload: {type: sleep, functions: 20, seconds: 1}
        cases:
          - name: lambda
            policies: ["cloud:aws-lambda,memory=256"]
          - name: gcp
            policies: ["cloud:gcp-functions,memory=256"]
          - name: openwhisk
        policies: [classic, burst]
        """;

    [Fact]
    public void Given_cases_with_their_own_policies_When_run_Then_each_case_runs_under_its_own_and_providers_bill_by_their_price_list()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["s.yaml"], Scenario);

        var result = Shell.Run("run", folder["s.yaml"], "--out", folder["out"], "--no-figures");

        Assert.Equal(0, result.ExitCode);
        var rows = Burstsim.Results.Csv.SummaryCsvReader.ReadFile(Path.Combine(folder["out"], "summary.csv"));
        Assert.Equal(["cloud:aws-lambda,memory=256", "cloud:gcp-functions,memory=256", "classic", "burst"], rows.Select(r => r.Context.Policy));
        // Providers rent no invokers; their price is the provider's bill, above zero.
        Assert.All(rows.Take(2), r => Assert.Equal(0, r.Cost!.InvokerHours));
        Assert.All(rows.Take(2), r => Assert.True(r.Cost!.Price > 0));
        // billed_gb_s holds the provider's billed GB-s, so per-use OpenWhisk rows compare with them.
        Assert.All(rows.Take(2), r => Assert.True(r.Cost!.BilledGbSeconds > 0));
        Assert.All(rows.Take(2), r => Assert.Equal(r.Cost!.MemoryGbSeconds, r.Cost.BilledGbSeconds));
    }

    [Fact]
    public void Given_cases_with_their_own_policies_When_policy_is_given_on_the_command_line_Then_it_replaces_theirs_too()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["s.yaml"], Scenario);

        var result = Shell.Run("run", folder["s.yaml"], "--out", folder["out"], "--no-figures", "--policy", "classic");

        Assert.Equal(0, result.ExitCode);
        var rows = Burstsim.Results.Csv.SummaryCsvReader.ReadFile(Path.Combine(folder["out"], "summary.csv"));
        Assert.Equal(["classic", "classic", "classic"], rows.Select(r => r.Context.Policy));
    }

    [Theory]
    [InlineData("cloud:aws-lambda,memory=64", "memory")]
    [InlineData("cloud:aws-lambda,reserved=2000", "reserved concurrency may be 1 to 900")]
    [InlineData("cloud:nosuch", "nosuch")]
    public void Bad_provider_settings_are_exit_2_naming_the_field(string policy, string expected)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["s.yaml"], Scenario);

        var result = Shell.Run("run", folder["s.yaml"], "--out", folder["out"], "--policy", policy);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }
}
