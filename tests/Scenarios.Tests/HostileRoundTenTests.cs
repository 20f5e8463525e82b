using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Kinds the session-10 re-check found (issue 25): a YAML file that is no scenario (a device, a sparse or binary file, a
/// trace given by mistake, a 20 MB value) is refused by its size in one line instead of being read whole, wherever a
/// YAML file is named; and an input given twice, once through a link, is one input, not an internal error.
/// </summary>
public sealed class HostileRoundTenTests
{
    public static TheoryData<string, string> YamlOptions() => new()
    {
        { "scenario", "run" },
        { "--overlay", "overlay" },
        { "--baseline", "check" },
    };

    [Theory]
    [MemberData(nameof(YamlOptions))]
    public void A_yaml_file_larger_than_any_scenario_is_refused_by_its_size(string field, string how)
    {
        using var folder = new TempFolder();
        // One 5 MiB value: a case name of this size ran the process out of address space before.
        string big = folder.Write("big.yaml", "description: " + new string('x', 5 * 1024 * 1024) + "\n");
        string[] before = folder.Entries();
        string[] args = how switch
        {
            "run" => ["run", big, "--out", folder["out"], "--no-figures"],
            "overlay" => ["run", "single-invoker-30", "--overlay", big, "--out", folder["out"], "--no-figures"],
            _ => ["check", "--baseline", big],
        };

        var result = Shell.Run(args);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal($"error: {field}: {big} is larger than {YamlText.MostBytes / (1024 * 1024)} MiB", result.Stderr.Split(", which")[0]);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, folder.Entries());
    }

    [LinuxFact]
    public void A_device_given_as_a_scenario_is_refused_without_reading_it_whole()
    {
        using var folder = new TempFolder();
        var result = Shell.Run("run", "/dev/zero", "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        // Refused by its type before it is opened (hostile10b F3: the same check keeps a named pipe from blocking).
        Assert.StartsWith("error: scenario: /dev/zero is a pipe or a device (a character device), not a file", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_lithops_csv_row_longer_than_any_real_one_is_refused_at_its_line()
    {
        using var folder = new TempFolder();
        // 17 MiB in one cell: before, the reader grew its buffer towards 2 GiB and the message blamed memory.
        string real = folder.Write("gran1.csv", "host_job_create_tstamp,worker_start_tstamp\n1700000000.0," + new string('7', 17 << 20) + "\n");

        var result = Shell.Run("import", real, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"{real}, line 2: the row is longer than 16 MiB", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(folder["out"]));
    }

    [LinuxFact]
    public void A_device_given_as_a_real_run_is_refused_at_its_first_line()
    {
        using var folder = new TempFolder();
        var result = Shell.Run("import", "/dev/zero", "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.StartsWith("error: FILE: /dev/zero is a pipe or a device (a character device), not a file", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_trace_given_again_through_a_link_is_one_input()
    {
        using var folder = new TempFolder();
        string trace = folder.Write("az.csv", "app,func,end_timestamp,duration\na,f,10,1\n");
        string link = folder["link.csv"];
        File.CreateSymbolicLink(link, trace);

        var result = Shell.Run("trace", "stats", trace, link, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.True(File.Exists(folder["out/trace-stats.csv"]));
    }
}
