using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Validation;

/// <summary>
/// Issue 25 (hostile11 B5): a Lithops CSV whose timestamps are epoch milliseconds (or microseconds) was read as seconds,
/// a 5 s run becoming 5,000 s without a word. A stamp above 1e11 s (the year 5138) is refused at its file, line and
/// column, with the division that fixes it, by every command that reads a real run.
/// </summary>
public sealed class EpochUnitTests
{
    /// <summary>Two calls in epoch seconds; <see cref="Scaled"/> writes them in another unit.</summary>
    private static readonly double[][] Rows = [[1700000000.0, 1700000001.5, 1700000006.6], [1700000000.0, 1700000001.7, 1700000006.8]];

    public static TheoryData<double, string, string> Units() => new()
    {
        { 1000, "milliseconds", "divide by 1000" },
        { 1e6, "microseconds", "divide by 1,000,000" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Import_validate_and_calibrate_refuse_stamps_in_a_smaller_unit(double factor, string unit, string fix)
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran1.csv", Scaled(factor));
        string scenario = folder.Write("small.yaml", SmallScenarios.ClassicExact);

        foreach (var (command, result) in new[]
        {
            ("import", Shell.Run("import", real, "--policy", "classic", "--out", folder["out"])),
            ("validate", Shell.Run("validate", "--real", real, "--scenario", scenario, "--replications", "1", "--out", folder["out"])),
            ("calibrate", Shell.Run("calibrate", "--real", real, "--scenario", scenario, "--fit", "platform.runtime.pack_setup_s", "--replications", "1", "--out", folder["out"])),
        })
        {
            Assert.True(result.ExitCode == ExitCodes.BadInput, command + ": " + result);
            string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("gran1.csv, line 2, column 'host_job_create_tstamp': the timestamp", line, StringComparison.Ordinal);
            Assert.Contains($"is beyond 1E+11 epoch seconds (the year 5138), so it looks like {unit}; give epoch seconds ({fix})", line, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]), command);
        }
    }

    [Fact]
    public void One_column_in_milliseconds_is_refused_at_that_column()
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran1.csv", "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n1700000000.0,1700000001.5,1700000006.6\n1700000000.0,1700000001.7,1700000006800\n");

        var result = Shell.Run("import", real, "--policy", "classic", "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("gran1.csv, line 3, column 'worker_end_tstamp': the timestamp 1.7E+12 is beyond", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Epoch_seconds_still_import()
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran1.csv", Scaled(1));

        var result = Shell.Run("import", real, "--policy", "classic", "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("gran1,classic,", File.ReadAllLines(folder["out/summary.csv"])[1], StringComparison.Ordinal);
    }

    private static string Scaled(double factor) =>
        "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n" +
        string.Concat(Rows.Select(r => string.Join(',', r.Select(v => (v * factor).ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "\n"));
}
