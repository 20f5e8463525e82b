using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>
/// Issue 25 (hostile11 L4): a Huawei 2023 request count that underflows to 0 when parsed (1e-400, 0.000...01) is no whole
/// number of requests, as .5 is not; it was read as none. Refused at its file, line and column by run and trace stats.
/// </summary>
public sealed class HuaweiCountCellTests
{
    [Theory]
    [InlineData("1e-400", "'1e-400' is not a whole number of requests")]
    [InlineData("0.5", "'0.5' is not a whole number of requests")]
    [InlineData("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "'0.00000000000000000000000000000000000000...' is not a whole number of requests")]
    public void A_count_that_is_no_whole_number_is_refused_at_its_cell(string cell, string expected)
    {
        using var folder = new TempFolder();
        string requests = folder.Write("requests_minute/day_01.csv", $"day,time,0\n0,0,2\n0,60,{cell}\n");
        string yaml = folder.Write("s.yaml", "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests_minute/day_01.csv}\npolicies: [classic]\n");

        foreach (var result in new[] { Shell.Run("run", yaml, "--out", folder["out"], "--no-figures"), Shell.Run("trace", "stats", requests, "--out", folder["out"]) })
        {
            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"day_01.csv, line 3, column '0': {expected}", line, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }
    }

    [Fact]
    public void Zero_written_any_way_is_still_none()
    {
        using var folder = new TempFolder();
        string requests = folder.Write("requests_minute/day_01.csv", "day,time,0\n0,0,2\n0,60,0.000\n0,120,0e5\n");

        var result = Shell.Run("trace", "stats", requests);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("1 functions, 2 invocations over 3 min", result.Stdout, StringComparison.Ordinal);
    }
}
