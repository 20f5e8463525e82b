using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Single output files (--junit, calibrate --out, baselines) are checked before any run and written whole, under the name the user gave.</summary>
public sealed class OutputFileTests
{
    private const string RealRun =
        "host_job_create_tstamp,worker_start_tstamp,worker_func_start_tstamp,worker_func_end_tstamp,worker_end_tstamp,worker_cold_start\n" +
        "0.0,1.5,1.6,2.6,2.61,True\n" +
        "0.0,1.7,1.8,2.8,2.81,True\n";

    [Fact]
    public void A_junit_path_that_is_a_folder_is_refused_before_any_scenario_runs()
    {
        using var folder = new TempFolder();
        folder.Write("s.yaml", SmallScenarios.Sleep);
        Directory.CreateDirectory(folder["reports"]);

        var result = Shell.Run("check", "--baseline", folder["baselines"], "--scenario", folder["s.yaml"], "--junit", folder["reports"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--junit", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a folder; give a file name in it", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calibrate_overlay_below_a_file_is_refused_before_the_fit()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("s.yaml", SmallScenarios.Sleep);
        string real = folder.Write("gran1.csv", RealRun);
        folder.Write("notes.txt", "a file, not a folder");

        var result = Shell.Run("calibrate", "--real", real, "--scenario", scenario, "--fit", "platform.runtime.worker_setup_s", "--out", folder["notes.txt/c.yaml"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(folder["notes.txt"] + " is a file, not a folder", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("evaluations", result.Stdout, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_folder_that_does_not_accept_files_is_named_with_the_option_and_never_the_staging_name()
    {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        var e = Assert.Throws<InputException>(() => OutputFile.Check("--junit", "/proc/x.xml"));

        Assert.StartsWith("--junit", e.Message, StringComparison.Ordinal);
        Assert.Contains("cannot create files in /proc", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("burstsim-", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_file_replaces_the_old_one_whole_creating_missing_folders_and_leaving_nothing_beside_it()
    {
        using var folder = new TempFolder();
        folder.Write("reports/old.txt", "kept");

        OutputFile.Write("--junit", folder["reports/ci/junit.xml"], w => w.Write("<testsuites/>"));
        OutputFile.Write("--junit", folder["reports/ci/junit.xml"], w => w.Write("<testsuites></testsuites>"));

        Assert.Equal("<testsuites></testsuites>", File.ReadAllText(folder["reports/ci/junit.xml"]));
        Assert.Equal([Path.Combine("reports", "ci"), Path.Combine("reports", "ci", "junit.xml"), Path.Combine("reports", "old.txt")], folder.Entries("reports"));
    }
}
