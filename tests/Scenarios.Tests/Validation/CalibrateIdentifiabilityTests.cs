using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Validation;

/// <summary>calibrate says so when the real files cannot pin a fitted value down, instead of printing an arbitrary value as a result.</summary>
public sealed class CalibrateIdentifiabilityTests
{
    private static (TempFolder Folder, string Scenario) ClassicRun()
    {
        var folder = new TempFolder();
        // Classic calls only: no burst pack is ever set up, so pack_setup_s shapes nothing these files show.
        string scenario = folder.Write("classic.yaml", SmallScenarios.ClassicExact);
        var run = Shell.Run("run", scenario, "--out", folder["sim"], "--no-figures", "--set", "platform.runtime.worker_setup_s=0.9");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        File.Copy(folder["sim/activations.csv"], folder["gran1.csv"]);
        return (folder, scenario);
    }

    [Fact]
    public void A_value_the_files_do_not_depend_on_is_reported_as_not_identifiable()
    {
        var (folder, scenario) = ClassicRun();
        using var _ = folder;

        var fit = Shell.Run("calibrate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "1", "--fit", "platform.runtime.pack_setup_s", "--out", folder["fit.yaml"]);

        Assert.True(fit.ExitCode == ExitCodes.Ok, fit.ToString());
        Assert.Contains("warning: platform.runtime.pack_setup_s", fit.Stderr, StringComparison.Ordinal);
        Assert.Contains("do not pin it down", fit.Stderr + fit.Stdout, StringComparison.Ordinal);
        Assert.Contains("# warning: platform.runtime.pack_setup_s", File.ReadAllText(folder["fit.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_files_pin_down_gets_no_warning_and_the_summary_reads_as_an_objective()
    {
        var (folder, scenario) = ClassicRun();
        using var _ = folder;

        var fit = Shell.Run("calibrate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "1", "--fit", "platform.runtime.worker_setup_s", "--out", folder["fit.yaml"]);

        Assert.True(fit.ExitCode == ExitCodes.Ok, fit.ToString());
        Assert.DoesNotContain("warning", fit.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("objective (mean squared relative error", fit.Stdout, StringComparison.Ordinal);
    }
}
