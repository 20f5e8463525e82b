using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Messages a new user meets first: each names what was wrong and what to give instead.</summary>
public sealed class FirstUseMessageTests
{
    [Fact]
    public void Import_of_a_folder_says_it_is_a_folder_and_lists_its_csv_files()
    {
        using var folder = new TempFolder();
        folder.Write("runs/gran1.csv", "x\n");
        folder.Write("runs/gran6.csv", "x\n");

        var result = Shell.Run("import", folder["runs"], "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"FILE: {folder["runs"]} is a folder; give a Lithops statistics CSV file", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("it holds gran1.csv, gran6.csv", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_names_the_key_and_its_line()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dup.yaml", "cluster: thesis\nworkload: {type: sleep, functions: 8, seconds: 1}\ncluster: thesis\n");

        var result = Shell.Run("run", file, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("(line 3 of", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("the key 'cluster' is written twice in the same mapping; keep one of them", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_in_an_overlay_names_the_key_and_its_line()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);
        string overlay = folder.Write("ov.yaml", "workload:\n  functions: 2\n  functions: 3\n");

        var result = Shell.Run("run", file, "--overlay", overlay, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"--overlay: cannot read {overlay}, line 3: the key 'functions' is written twice", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_given_to_a_command_without_options_says_so_instead_of_an_empty_list()
    {
        var result = Shell.Run("parameters", "--format");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'--format' is not an option of 'parameters', which takes no options (only --help)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(options: )", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_help_documents_quick()
    {
        var result = Shell.Run("figures", "--help");

        Assert.Contains("--quick", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20000", "use 10000 or 100000")]
    [InlineData("5000", "use 10000")]
    public void Bench_refuses_a_largest_row_that_is_not_a_power_of_ten(string max, string fix)
    {
        var result = Shell.Run("bench", "--max-functions", max);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"--max-functions: must be a power of ten from 10000", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(fix, result.Stderr, StringComparison.Ordinal);
    }
}
