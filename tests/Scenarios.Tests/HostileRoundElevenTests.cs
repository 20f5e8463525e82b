using System.IO.Compression;
using System.Text;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// The LOW kinds of hostile10/hostile10b left open (issue 25): each refused in one line naming the file, line or
/// option and the fix, with nothing written; standard output on a full device named as such.
/// </summary>
public sealed class HostileRoundElevenTests
{
    private const string Trace = "app,func,end_timestamp,duration\na,f,10,0.5\na,f,11,0.5\n";

    private static string Refused(TempFolder folder, params string[] args)
    {
        string[] before = folder.Entries();
        var result = Shell.Run(args);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal(before, folder.Entries());
        return Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Scenario(TempFolder folder, string trace) =>
        folder.Write("s.yaml", $"cluster: {{count: 2, cpus: 16}}\nworkload: {{type: azure-2021, path: {trace}}}\npolicies: [burst]\n");

    [Fact]
    public void A_trace_starting_with_a_blank_line_is_refused_at_line_1_by_stats_and_run()
    {
        using var folder = new TempFolder();
        string trace = folder.Write("t.csv", "\n" + Trace);

        Assert.Equal($"error: FILES: {trace}, line 1: the line is blank; a trace file starts with its header line (remove the blank lines above it)", Refused(folder, "trace", "stats", trace));
        Assert.EndsWith($"{trace}, line 1, column '(header)': the line is blank; a trace file starts with its header line (remove the blank lines above it)", Refused(folder, "run", Scenario(folder, "t.csv"), "--out", folder["out"], "--no-figures"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_compressed_trace_is_named_as_such_without_quoting_its_bytes()
    {
        using var folder = new TempFolder();
        string trace = folder["t.csv"];
        using (var gz = new GZipStream(File.Create(trace), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Trace));
        }

        Assert.Equal($"error: FILES: {trace}, line 1: the file is gzip-compressed; decompress it first (e.g. zcat trace.csv.gz > trace.csv) and give the CSV", Refused(folder, "trace", "stats", trace));
        Assert.EndsWith($"{trace}, line 1, column '(header)': the file is gzip-compressed; decompress it first (e.g. zcat trace.csv.gz > trace.csv) and give the CSV", Refused(folder, "run", Scenario(folder, "t.csv"), "--out", folder["out"], "--no-figures"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_after_a_number_is_not_read_as_the_number()
    {
        using var folder = new TempFolder();
        string trace = folder.Write("t.csv", "app,func,end_timestamp,duration\na,f,10\0,0.5\n");

        Assert.Equal($"error: {trace}, line 2, column 'end_timestamp': the cell holds a NUL byte, which no number has (a binary or damaged file?); fix the cell", Refused(folder, "trace", "stats", trace));
    }

    [Fact]
    public void A_scenario_with_two_byte_order_marks_reads_as_with_one()
    {
        using var folder = new TempFolder();
        string yaml = folder["s.yaml"];
        File.WriteAllBytes(yaml, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SmallScenarios.Sleep)]);

        var result = Shell.Run("run", yaml, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(1 + (6 * 2), File.ReadAllLines(folder["out/activations.csv"]).Length);
    }

    [Fact]
    public void Figures_and_no_figures_together_are_refused()
    {
        using var folder = new TempFolder();

        Assert.Equal("error: --figures: contradicts --no-figures, which draws no figures; give one of the two", Refused(folder, "run", "thesis-sleep-120", "--no-figures", "--figures", "bmp", "--out", folder["out"]));
    }

    [Fact]
    public void A_timestamp_far_before_the_run_is_printed_in_six_digits()
    {
        using var folder = new TempFolder();
        string real = folder.Write("gran1.csv", "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n1700000000.0,-1e300,1700000006.6\n");

        string line = Refused(folder, "import", real, "--out", folder["out"]);

        Assert.Contains("column 'worker_start_tstamp': the timestamp is 1E+300 s before the run's first host_job_create_tstamp", line, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_full_standard_output_is_named_as_standard_output()
    {
        var full = new StreamWriter("/dev/full") { AutoFlush = true };
        var stderr = new StringWriter();

        int code = BurstsimCli.Run(["list"], new StandardOutput(full), stderr);
        Assert.Throws<IOException>(full.Dispose); // what it still holds cannot be written either

        Assert.Equal(ExitCodes.BadInput, code);
        string line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: writing to standard output failed: No space left on device", line, StringComparison.Ordinal);
        Assert.EndsWith("; redirect it to a file or device that takes the text", line, StringComparison.Ordinal);
    }
}
