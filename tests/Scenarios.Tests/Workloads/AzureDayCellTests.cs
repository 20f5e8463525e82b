using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>
/// Issue 25 (hostile10 F10, F11; hostile11 L1): an Azure 2019 duration percentile no run can hold (1e15 ms), an app memory
/// percentile of 0 MB or beyond int.MaxValue MB, falling percentiles, a function's row given twice and a minute column past
/// the day's 1440 are refused at their file, line and column by every command that reads the day (run through a
/// scenario, trace stats), not later by a replay bound that names no file and suggests a fix that cannot work.
/// </summary>
public sealed class AzureDayCellTests
{
    public static TheoryData<string, string, string, string> Cells() => new()
    {
        { "durations.csv", "o1,app1,f1,1000,5,100,3000,100,200,500,1000,1500,2800,3000", "o1,app1,f1,1000,5,100,3000,100,200,500,1000,1500,2800,1e15", "durations.csv, line 2, column 'percentile_Average_100': a duration of 1E+15 ms (1E+12 s) is longer than the 1E+08 s (about 3.2 years) burstsim simulates" },
        { "memory.csv", "o1,app1,100,150,120,125,140,150,160,170,180,190", "o1,app1,100,150,0,125,140,150,160,170,180,190", "memory.csv, line 2, column 'AverageAllocatedMb_pct1': 0 MB is not above 0" },
        // hostile10/11 L1: read silently before.
        { "durations.csv", "o1,app1,f1,1000,5,100,3000,100,200,500,1000,1500,2800,3000", "o1,app1,f1,1000,5,100,3000,100,200,500,1000,900,2800,3000", "durations.csv, line 2, column 'percentile_Average_75': 900 is below percentile_Average_50's 1000, but a percentile never falls as its quantile rises; fix the row" },
        { "memory.csv", "o1,app1,100,150,120,125,140,150,160,170,180,190", "o1,app1,100,150,120,125,140,150,160,170,180,1e12", "memory.csv, line 2, column 'AverageAllocatedMb_pct100': 1E+12 MB is more than the 2147483647 MB burstsim takes as a function's memory (memory_mb of the other traces); fix the value" },
        { "invocations.csv", "o3,app3,f4,timer", "o2,app2,f2,queue", "invocations.csv, line 5, column 'HashFunction': the function o2/app2/f2 (queue) has a row already, on line 3; its calls would count twice: keep one of the rows" },
        { "invocations.csv", ",1439,1440\n", ",1439,1440,1441\n", "invocations.csv, line 1, column '1441': a day has 1440 minutes, columns 1 to 1440, so column 1441 is no minute of it; give one day per file" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_no_run_can_hold_is_refused_at_its_file_line_and_column_by_run(string file, string good, string bad, string expected)
    {
        using var folder = new TempFolder();
        Break(folder, file, good, bad);
        string yaml = folder.Write("s.yaml", "cluster: {count: 2, cpus: 8}\nworkload: {type: azure, invocations: az/invocations.csv, durations: az/durations.csv, memory: az/memory.csv, minutes: 5}\npolicies: [classic]\n");

        var result = Shell.Run("run", yaml, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: workload.", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_no_run_can_hold_is_refused_at_its_file_line_and_column_by_trace_stats(string file, string good, string bad, string expected)
    {
        using var folder = new TempFolder();
        var (invocations, durations, memory) = Break(folder, file, good, bad);

        var result = Shell.Run("trace", "stats", invocations, durations, memory, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    private static (string, string, string) Break(TempFolder folder, string file, string good, string bad)
    {
        var files = AzureFixture.Write(folder);
        string path = folder["az/" + file];
        string text = File.ReadAllText(path);
        Assert.Contains(good, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(good, bad, StringComparison.Ordinal));
        return files;
    }
}
