using System.Xml.Linq;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Check;

public sealed class CheckCommandTests
{
    /// <summary>A temp folder holding small-sleep.yaml and its baseline (3 replications), recorded by the command itself.</summary>
    private static TempFolder Recorded(string scenario = SmallScenarios.Sleep)
    {
        var folder = new TempFolder();
        folder.Write("small-sleep.yaml", scenario);
        var result = Shell.Run("check", "--baseline", folder["baselines"], "--scenario", folder["small-sleep.yaml"], "--update", "--replications", "3");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return folder;
    }

    private static CliResult Check(TempFolder folder, params string[] extra) =>
        Shell.Run(["check", "--baseline", folder["baselines"], .. extra]);

    public sealed class An_unchanged_model
    {
        [Fact]
        public void Passes_every_metric_of_every_policy()
        {
            using var folder = Recorded();

            var result = Check(folder, "--junit", folder["junit.xml"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("16 metrics: 16 hold, 0 regressed, 0 improved", result.Stdout, StringComparison.Ordinal);
            Assert.Empty(XDocument.Load(folder["junit.xml"]).Descendants("failure"));
        }

        [Fact]
        public void Records_a_baseline_that_names_the_scenario_file_beside_it()
        {
            using var folder = Recorded();

            string text = File.ReadAllText(folder["baselines/small-sleep.yaml"]);

            Assert.Contains("scenario: ../small-sleep.yaml\n", text, StringComparison.Ordinal);
            Assert.Contains("replications: 3\n", text, StringComparison.Ordinal);
            Assert.Contains("seed: 7\n", text, StringComparison.Ordinal);
        }
    }

    public sealed class A_perturbed_parameter
    {
        [Fact]
        public void Fails_the_gate_naming_scenario_policy_and_metric()
        {
            using var folder = Recorded();

            // docker run's serial part 50% slower (0.155 -> 0.2325 s): every cold start waits longer.
            var result = Check(folder, "--set", "platform.invoker.docker_run_serial_s=0.2325", "--junit", folder["junit.xml"]);

            Assert.True(result.ExitCode == ExitCodes.CheckFailed, result.ToString());
            Assert.Contains("gate: scenario small-sleep, policy classic, metric startup_p50_s: regressed", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("gate failed: ", result.Stderr, StringComparison.Ordinal);
            Assert.Matches(@"\| small-sleep \| classic \| startup_p50_s +\| +[0-9.]+ \| +[0-9.]+ \| \+[0-9.]+ s \(\+[0-9.]+%\) \| +[0-9.]+ \| REGRESSED", result.Stdout);
            Assert.Matches(@"\| small-sleep \| burst +\| startup_max_s +\|[^\n]*\| REGRESSED", result.Stdout);
            var failures = XDocument.Load(folder["junit.xml"]).Descendants("failure").ToArray();
            Assert.Contains(failures, f => (string)f.Parent!.Attribute("classname")! == "small-sleep.classic" && (string)f.Parent!.Attribute("name")! == "startup_p50_s");
            Assert.Contains(failures, f => (string)f.Parent!.Attribute("classname")! == "small-sleep.burst" && (string)f.Parent!.Attribute("name")! == "startup_max_s");
        }

        [Fact]
        public void Gives_the_same_verdicts_and_report_bytes_on_every_run_and_thread_count()
        {
            using var folder = Recorded();
            string[] perturbed = ["--set", "platform.invoker.init_s=0.45"];

            var first = Check(folder, [.. perturbed, "--junit", folder["one.xml"], "--threads", "1"]);
            var second = Check(folder, [.. perturbed, "--junit", folder["two.xml"], "--threads", "4"]);

            Assert.Equal(first.ExitCode, second.ExitCode);
            Assert.Equal(first.Stderr, second.Stderr);
            Assert.Equal(first.Stdout.Replace("one.xml", "two.xml", StringComparison.Ordinal), second.Stdout);
            Assert.Equal(File.ReadAllBytes(folder["one.xml"]), File.ReadAllBytes(folder["two.xml"]));
        }

        [Fact]
        public void That_improves_a_metric_fails_until_improvements_are_allowed_or_recorded()
        {
            using var folder = Recorded();
            string[] faster = ["--set", "platform.invoker.docker_run_serial_s=0.0775"];

            var strict = Check(folder, faster);
            var lenient = Check(folder, [.. faster, "--allow-improvements"]);

            Assert.True(strict.ExitCode == ExitCodes.CheckFailed, strict.ToString());
            Assert.Contains("improved beyond tolerance", strict.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("regressed", strict.Stderr, StringComparison.Ordinal);
            Assert.True(lenient.ExitCode == ExitCodes.Ok, lenient.ToString());
            Assert.Contains("IMPROVED", strict.Stdout, StringComparison.Ordinal);
        }
    }

    public sealed class A_changed_scenario
    {
        [Fact]
        public void Is_reported_as_changed_not_as_a_regression_and_runs_nothing()
        {
            using var folder = Recorded();
            folder.Write("small-sleep.yaml", SmallScenarios.Sleep.Replace("functions: 6", "functions: 8", StringComparison.Ordinal));

            var result = Check(folder, "--junit", folder["junit.xml"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("scenario_sha256 (line 6 of ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("Scenario changed, not a regression", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("--update", result.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(folder["junit.xml"]));
        }

        [Fact]
        public void Passes_again_once_recorded_with_update()
        {
            using var folder = Recorded();
            folder.Write("small-sleep.yaml", SmallScenarios.Sleep.Replace("functions: 6", "functions: 8", StringComparison.Ordinal));

            var update = Check(folder, "--update");
            var check = Check(folder);

            Assert.True(update.ExitCode == ExitCodes.Ok, update.ToString());
            Assert.True(check.ExitCode == ExitCodes.Ok, check.ToString());
        }
    }

    public sealed class A_bad_baseline
    {
        [Fact]
        public void Exits_2_naming_the_field_and_line_and_writes_nothing()
        {
            using var folder = Recorded();
            string file = folder["baselines/small-sleep.yaml"];
            File.WriteAllText(file, File.ReadAllText(file).Replace("replications: 3", "replications: three", StringComparison.Ordinal));

            var result = Check(folder, "--junit", folder["junit.xml"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("error: replications (line 9 of ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("must be a whole number", result.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(folder["junit.xml"]));
        }

        [Fact]
        public void Naming_no_baseline_asks_for_update()
        {
            using var folder = new TempFolder();

            var result = Shell.Run("check", "--baseline", folder["nothing-here"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--update", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Set_cannot_be_recorded()
        {
            using var folder = Recorded();

            var result = Check(folder, "--update", "--set", "platform.invoker.init_s=0.45");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--set", result.Stderr, StringComparison.Ordinal);
        }
    }

    public sealed class The_repository_baselines
    {
        [Fact]
        public void Read_cleanly_and_each_names_a_catalogue_scenario()
        {
            var files = Directory.GetFiles(Repository.File("baselines"), "*.yaml");

            Assert.NotEmpty(files);
            Assert.All(files, f =>
            {
                var baseline = Burstsim.Results.Regression.BaselineReader.ReadFile(f);
                Assert.Contains(baseline.Scenario, Catalogue.ScenarioCatalogue.Names);
            });
        }
    }
}
