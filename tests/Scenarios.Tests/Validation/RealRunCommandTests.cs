using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Validation;

/// <summary>import, validate and calibrate on real-format files the tests make themselves.</summary>
public sealed class RealRunCommandTests
{
    /// <summary>Four workers in the real Lithops format: epoch seconds, padded header and cells, a hostname column.</summary>
    private const string OddRealRun =
        " host_job_create_tstamp , hostname ,worker_start_tstamp,worker_func_start_tstamp,worker_func_end_tstamp, worker_end_tstamp ,worker_cold_start\n" +
        "1700000000.0, node-1 ,1700000001.5,1700000001.6,1700000006.6,1700000006.61, True \n" +
        "1700000000.0,node-1,1700000001.7,1700000001.8,1700000006.8,1700000006.81,True\n" +
        "1700000000.0,node-2,  1700000002.0 ,1700000002.1,1700000007.1,1700000007.11,True\n" +
        "1700000000.0,node-2,1700000002.5,1700000002.6,1700000007.6,1700000007.61,True\n";

    /// <summary>A small sleep scenario without variability, so what calibrate must recover is exact.</summary>
    private const string Small = SmallScenarios.ClassicExact;

    [Fact]
    public void Import_turns_a_real_run_into_burstsim_outputs_with_times_from_its_first_job_create()
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran2.csv", OddRealRun);

        var result = Shell.Run("import", real, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var summary = File.ReadAllLines(folder["out/summary.csv"]);
        Assert.StartsWith("gran2,burst:g=2,2,0,0,4,", summary[1], StringComparison.Ordinal);
        var activations = File.ReadAllLines(folder["out/activations.csv"]);
        var header = activations[0].Split(',');
        Assert.Equal("1.500000", activations[1].Split(',')[Array.IndexOf(header, "worker_start_tstamp")]);
        Assert.Equal("node-2", activations[4].Split(',')[Array.IndexOf(header, "invoker")]);
        Assert.True(File.Exists(folder["out/figures/timeline.svg"]));
        Assert.True(File.Exists(folder["out/figures/startup-boxplot.svg"]));

        // Lithops' pair too, to set beside a simulated run's, with the numbers drawn.
        Assert.True(File.Exists(folder["out/figures/lithops-timeline.svg"]));
        Assert.True(File.Exists(folder["out/figures/lithops-histogram.svg"]));
        Assert.True(File.ReadAllLines(folder["out/figures/lithops-histogram.csv"]).Length >= 2);

        // Like every output folder, run.yaml says how it was made: version, command line and the resolved inputs.
        string record = File.ReadAllText(folder["out/run.yaml"]);
        Assert.Contains("burstsim_version: ", record, StringComparison.Ordinal);
        Assert.Contains("command: \"burstsim import ", record, StringComparison.Ordinal);
        Assert.Contains("policy: \"burst:g=2\"", record, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(real), record, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_file_without_its_header_and_writes_nothing()
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran1.csv", OddRealRun[(OddRealRun.IndexOf('\n', StringComparison.Ordinal) + 1)..]);

        var result = Shell.Run("import", real, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no header line", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Validate_pool_compares_runs_of_one_configuration_as_one_with_their_mean_and_their_startups_pooled()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("small.yaml", Small);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["a"], "--no-figures").ExitCode);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["b"], "--no-figures", "--set", "platform.invoker.init_s=0.6").ExitCode);
        Directory.CreateDirectory(folder["run1"]);
        Directory.CreateDirectory(folder["run2"]);
        File.Copy(folder["a/activations.csv"], folder["run1/gran1.csv"]);
        File.Copy(folder["b/activations.csv"], folder["run2/gran1.csv"]);
        string[] common = ["--scenario", scenario, "--replications", "2"];

        var apart = Shell.Run(["validate", "--real", folder["run1/gran1.csv"], folder["run2/gran1.csv"], .. common, "--out", folder["apart"]]);
        var pooled = Shell.Run(["validate", "--real", folder["run1/gran1.csv"], folder["run2/gran1.csv"], .. common, "--out", folder["pooled"], "--pool"]);

        Assert.True(pooled.ExitCode == ExitCodes.Ok, pooled.ToString());
        double P50(string csv, string file) => double.Parse(
            File.ReadAllLines(csv).Select(l => l.Split(',')).Single(c => c[0] == file && c[3] == "startup_p50_s")[4], CultureInfo.InvariantCulture);
        double mean = (P50(folder["apart/validation.csv"], "run1-gran1") + P50(folder["apart/validation.csv"], "run2-gran1")) / 2;
        var rows = File.ReadAllLines(folder["pooled/validation.csv"]);
        Assert.Equal(1 + 7, rows.Length); // one configuration, not two files
        Assert.Equal(mean, P50(folder["pooled/validation.csv"], "run1-gran1-pooled-2"), 6);
        Assert.True(File.Exists(folder["pooled/figures/validation-run1-gran1-pooled-2-cdf.svg"]));
    }

    [Fact]
    public void Validate_without_pool_keeps_files_of_one_name_apart_by_their_folders_and_refuses_a_file_given_twice()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("small.yaml", Small);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["a"], "--no-figures").ExitCode);
        foreach (string run in new[] { "run1/exp", "run2/exp" })
        {
            Directory.CreateDirectory(folder[run]);
            File.Copy(folder["a/activations.csv"], folder[run + "/gran1.csv"]);
        }

        var apart = Shell.Run("validate", "--real", folder["run1/exp/gran1.csv"], folder["run2/exp/gran1.csv"], "--scenario", scenario, "--replications", "1", "--out", folder["v"]);
        var twice = Shell.Run("validate", "--real", folder["run1/exp/gran1.csv"], folder["run1/exp/../exp/gran1.csv"], "--scenario", scenario, "--replications", "1", "--out", folder["v2"]);

        Assert.True(apart.ExitCode == ExitCodes.Ok, apart.ToString());
        var files = File.ReadAllLines(folder["v/validation.csv"]).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToArray();
        Assert.Equal(["run1-exp-gran1", "run2-exp-gran1"], files);
        Assert.Equal(ExitCodes.BadInput, twice.ExitCode);
        Assert.Contains("--real", twice.Stderr, StringComparison.Ordinal);
        Assert.Contains("given twice", twice.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN", "not a finite number")]
    [InlineData("1e300", "beyond 1E+11 epoch seconds (the year 5138), and too large for epoch milliseconds")]
    [InlineData("1700000002000", "looks like milliseconds; give epoch seconds (divide by 1000)")]
    [InlineData("1699999990000", "looks like milliseconds")]
    [InlineData("1699999990.0", "before the run's first host_job_create_tstamp")]
    public void Import_refuses_an_impossible_worker_start_naming_its_line_and_column(string cell, string why)
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran2.csv", OddRealRun.Replace("  1700000002.0 ", cell, StringComparison.Ordinal));

        var result = Shell.Run("import", real, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("line 4, column 'worker_start_tstamp'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(why, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Validate_finds_a_simulated_run_consistent_with_itself_and_fails_a_tolerance_it_breaks()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("small.yaml", Small);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["sim"], "--no-figures").ExitCode);
        File.Copy(folder["sim/activations.csv"], folder["gran1.csv"]);

        var ok = Shell.Run("validate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "2", "--out", folder["val"], "--tolerance", "0.001", "--tolerance", "ks_startup=0.001");
        var strict = Shell.Run("validate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "2", "--out", folder["val2"], "--tolerance", "0.001", "--set", "platform.invoker.init_s=0.6");

        Assert.True(ok.ExitCode == ExitCodes.Ok, ok.ToString());
        var rows = File.ReadAllLines(folder["val/validation.csv"]);
        Assert.Equal("file,policy,functions,metric,real,simulated_mean,simulated_ci95_low,simulated_ci95_high,abs_error,rel_error,tolerance,pass", rows[0]);
        Assert.Equal(1 + 7, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.EndsWith(",true", r, StringComparison.Ordinal));
        Assert.True(File.Exists(folder["val/figures/validation-gran1-cdf.svg"]));
        Assert.True(File.Exists(folder["val/figures/validation-gran1-overlay.svg"]));
        // Every figure's numbers beside it, and how the folder was made.
        Assert.StartsWith("series,", File.ReadAllText(folder["val/figures/validation-gran1-cdf.csv"]), StringComparison.Ordinal);
        Assert.Contains("command: \"burstsim validate --real", File.ReadAllText(folder["val/run.yaml"]), StringComparison.Ordinal);
        Assert.Contains("p50 s real / sim mean", ok.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.CheckFailed, strict.ExitCode);
        Assert.Contains("FAIL gran1 startup_p50_s", strict.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_in_the_paper_style_writes_png_subfigures_with_captions_and_no_overlay()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("small.yaml", Small);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["sim"], "--no-figures").ExitCode);
        File.Copy(folder["sim/activations.csv"], folder["gran1.csv"]);

        var paper = Shell.Run("validate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "2", "--out", folder["val"], "--figures", "png", "--style", "paper", "--width", "7in");

        Assert.True(paper.ExitCode == ExitCodes.Ok, paper.ToString());
        string[] figures = [.. Directory.GetFiles(folder["val/figures"]).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(["captions.md", "validation-gran1-boxplot.csv", "validation-gran1-boxplot.png", "validation-gran1-cdf.csv", "validation-gran1-cdf.png"], figures);
        Assert.Contains("simulated: ", File.ReadAllText(folder["val/figures/captions.md"]), StringComparison.Ordinal);
        Assert.Contains("style", File.ReadAllText(folder["val/run.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_recovers_a_parameter_from_data_simulated_with_it_and_run_accepts_its_overlay()
    {
        using var folder = new TempFolder();
        string scenario = folder.Write("small.yaml", Small);
        Assert.Equal(ExitCodes.Ok, Shell.Run("run", scenario, "--out", folder["sim"], "--no-figures", "--set", "platform.runtime.worker_setup_s=0.9").ExitCode);
        File.Copy(folder["sim/activations.csv"], folder["gran1.csv"]);

        var fit = Shell.Run("calibrate", "--real", folder["gran1.csv"], "--scenario", scenario, "--replications", "1", "--fit", "platform.runtime.worker_setup_s", "--out", folder["fit.yaml"]);

        Assert.True(fit.ExitCode == ExitCodes.Ok, fit.ToString());
        string overlay = File.ReadAllText(folder["fit.yaml"]);
        string value = overlay.Split('\n').Single(l => l.Contains("worker_setup_s:", StringComparison.Ordinal)).Split(':')[1].Trim();
        Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), 0.9 * 0.95, 0.9 * 1.05);
        var rerun = Shell.Run("run", scenario, "--out", folder["again"], "--no-figures", "--overlay", folder["fit.yaml"]);
        Assert.True(rerun.ExitCode == ExitCodes.Ok, rerun.ToString());
    }

    [Fact]
    public void Replications_of_a_sleep_scenario_differ_and_give_non_empty_intervals_but_one_replication_gives_none()
    {
        using var folder = new TempFolder();

        var ten = Shell.Run("run", "thesis-sleep-120", "--replications", "10", "--out", folder["ten"], "--no-figures", "--policy", "burst");
        var one = Shell.Run("run", "thesis-sleep-120", "--replications", "1", "--out", folder["one"], "--no-figures", "--policy", "burst");

        Assert.True(ten.ExitCode == ExitCodes.Ok, ten.ToString());
        var makespans = File.ReadAllLines(folder["ten/summary.csv"]).Skip(1).Select(l => l.Split(',')[6]).ToArray();
        Assert.Equal(10, makespans.Length);
        Assert.True(makespans.Distinct().Count() > 5, string.Join(" ", makespans));
        string[] header = File.ReadAllLines(folder["ten/summary-ci.csv"])[0].Split(',');
        string[] cells = File.ReadAllLines(folder["ten/summary-ci.csv"])[1].Split(',');
        double low = double.Parse(cells[Array.IndexOf(header, "makespan_s_ci95_low")], CultureInfo.InvariantCulture);
        double high = double.Parse(cells[Array.IndexOf(header, "makespan_s_ci95_high")], CultureInfo.InvariantCulture);
        Assert.True(high > low);
        string[] single = File.ReadAllLines(folder["one/summary-ci.csv"])[1].Split(',');
        Assert.Equal(string.Empty, single[Array.IndexOf(header, "makespan_s_ci95_low")]);
        Assert.NotEqual(string.Empty, single[Array.IndexOf(header, "makespan_s_mean")]);
    }
}
