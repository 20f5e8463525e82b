using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>What the command line says when it is used wrongly: the wrong value, in words, with a suggestion; never a .NET type name.</summary>
public sealed class CliMessageTests
{
    private const string ThesisPreset = "cluster: thesis\nworkload: {type: sleep, functions: 8, seconds: 1}\npolicies: [classic, burst]\n";

    [Theory]
    [InlineData(new[] { "runn", "single-invoker-30", "--out", "x" }, "'runn' is not a command; did you mean 'run'?")]
    [InlineData(new[] { "run", "single-invoker-30", "--outt", "x" }, "'--outt' is not an option of 'run'; did you mean '--out'?")]
    [InlineData(new[] { "run", "--", "single-invoker-30", "--out", "x" }, "'--out' comes after '--', which makes every later word an argument, not an option; put the options before '--' or leave '--' out")]
    [InlineData(new[] { "trace", "stats", "--", "x.csv", "--out", "x" }, "'--out' comes after '--', which makes every later word an argument, not an option; put the options before '--' or leave '--' out")]
    [InlineData(new[] { "merge", "--", "a", "b", "--out", "x" }, "'--out' comes after '--', which makes every later word an argument, not an option; put the options before '--' or leave '--' out")]
    [InlineData(new[] { "run", "single-invoker-30", "--out", "x", "--format", "xlsx" }, "--format 'xlsx' is not csv or parquet (the activations file's format); figure formats go to --figures svg,png,pdf.")]
    public void A_parse_error_is_one_line_naming_the_option(string[] args, string expected)
    {
        var result = Shell.Run(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var errors = result.Stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["error: " + expected], errors.Select(e => e[..Math.Min(e.Length, expected.Length + 7)]));
    }

    [Theory]
    [InlineData("run", "--set", "nosuch.key=3", "nosuch (from --set): unknown key")]
    [InlineData("sweep", "--vary", "nosuch=1,2", "nosuch (from --vary): unknown key")]
    [InlineData("run", "--set", "platform.invoker.nosuch=3", "platform.invoker.nosuch (from --set): unknown key")]
    public void An_unknown_key_from_an_override_is_blamed_on_the_override_not_the_file(string command, string option, string value, string expected)
    {
        using var folder = new TempFolder();

        var result = Shell.Run(command, "single-invoker-30", "--out", folder["out"], option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_mistyped_command_gets_did_you_mean()
    {
        var result = Shell.Run("runn", "single-invoker-30", "--out", "x");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'runn' is not a command; did you mean 'run'?", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_option_gets_did_you_mean()
    {
        var result = Shell.Run("run", "single-invoker-30", "--out", "x", "--replication", "2");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("did you mean '--replications'?", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seed", "-1", "--seed: '-1' is not a whole number from 0 to 18446744073709551615")]
    [InlineData("--threads", "abc", "--threads: 'abc' is not a whole number")]
    [InlineData("--replications", "1e3", "--replications: '1e3' is not a whole number")]
    public void A_value_of_the_wrong_type_says_what_the_option_takes_without_a_type_name(string option, string value, string expected)
    {
        var result = Shell.Run("run", "single-invoker-30", "--out", "x", option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burst:g=0", "g (workers per pack) must be a whole number of at least 1, got '0'")]
    [InlineData("burst:g=x", "got 'x'")]
    [InlineData("burst:jion", "'jion' in policy 'burst:jion' is not a burst option")]
    [InlineData("faasbatch:interval=-1", "interval (the dispatch interval, s) must be a number greater than 0, got '-1'")]
    [InlineData("classic:fastest", "'fastest' in policy 'classic:fastest' is not a classic balancer")]
    public void A_bad_policy_option_says_which_value_is_wrong(string policy, string expected)
    {
        using var folder = new TempFolder();

        var result = Shell.Run("run", "single-invoker-30", "--out", folder["out"], "--policy", policy);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("policies[0] (from --policy)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_accepts_no_figures_as_run_does()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = Shell.Run("sweep", file, "--out", folder["out"], "--vary", "workload.seconds=1,2", "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.False(Directory.Exists(folder["out/figures"]));
    }

    [Fact]
    public void Setting_an_invoker_of_a_preset_cluster_explains_the_preset_and_how_to_list_invokers()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", ThesisPreset);

        var result = Shell.Run("run", file, "--out", folder["out"], "--set", "cluster.invokers[2].cpus=12");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("cluster.invokers[2].cpus (from --set)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("the preset 'thesis'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("4 invokers of 24, 48, 48, 12 CPUs", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--set 'cluster={invokers: [24, 48, 48, 12]}'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggested_invoker_list_for_a_preset_runs()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", ThesisPreset);

        var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--set", "cluster={invokers: [24, 48, 48, 24]}");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("wrote ", result.Stdout, StringComparison.Ordinal);
        var invokers = File.ReadAllLines(folder["out/activations.csv"]).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.NotEmpty(invokers);
        Assert.True(File.ReadAllLines(folder["out/summary.csv"]).Length > 1);
    }

    [Fact]
    public void A_sweep_names_its_rows_by_the_short_names_of_the_varied_fields()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = Shell.Run("sweep", file, "--out", folder["out"], "--vary", "workload.seconds=1,2");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("seconds=2", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("workload.seconds=2", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_footer_counts_only_the_replications_it_holds()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        // 1 variant x 1 case x 2 policies x 4 replications = 8 runs; shard 1/2 holds replications 0..3 of burst only.
        var result = Shell.Run("sweep", file, "--out", folder["s1"], "--vary", "workload.seconds=1", "--replications", "4", "--shard", "1/2");
        var partial = Shell.Run("sweep", file, "--out", folder["s2"], "--vary", "workload.seconds=1", "--replications", "4", "--shard", "1/3");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("mean over 4 replications", result.Stdout, StringComparison.Ordinal);
        Assert.True(partial.ExitCode == ExitCodes.Ok, partial.ToString());
        Assert.Contains("mean over 1 to 2 replications", partial.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_shard_says_it_has_no_runs_instead_of_runs_2_to_1()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = Shell.Run("sweep", file, "--out", folder["s"], "--vary", "workload.seconds=1", "--replications", "1", "--policy", "classic", "--shard", "0/2");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("shard 0/2: no runs", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("..", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_prints_a_header_with_units_and_descriptions()
    {
        var result = Shell.Run("parameters");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("parameter ", lines[0], StringComparison.Ordinal);
        Assert.Contains("unit", lines[0], StringComparison.Ordinal);
        Assert.Contains("description", lines[0], StringComparison.Ordinal);
        string monitoring = lines.Single(l => l.StartsWith("platform.client.monitoring_interval_s ", StringComparison.Ordinal));
        Assert.Contains(" s ", monitoring, StringComparison.Ordinal);
        Assert.Contains("Lithops config monitoring_interval (default 2 s)", monitoring, StringComparison.Ordinal);
        string codeLoad = lines.Single(l => l.StartsWith("platform.aws_lambda.code_load_s_per_mb ", StringComparison.Ordinal));
        Assert.Contains(" s/MB ", codeLoad, StringComparison.Ordinal);
    }
}
