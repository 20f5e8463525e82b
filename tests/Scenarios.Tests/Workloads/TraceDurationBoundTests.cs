using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>
/// Issue 25 (hostile11 B3): a duration or delay no run can hold (1e23, beyond the 1e8 s burstsim simulates) is refused at
/// its file, line and column, with a fix that works, by every trace reader and every command that reads it (run through
/// a scenario, trace stats, trace sample), not by a replay bound that names no file and suggests raising
/// monitoring_interval_s. Azure 2019's percentiles (the same check) are in <see cref="AzureDayCellTests"/>.
/// </summary>
public sealed class TraceDurationBoundTests
{
    /// <summary>Reader, its workload YAML, its files (the bad cell on line 3 of the first) and the cell's column and unit.</summary>
    public static TheoryData<string, string, string[], string, string> Readers() => new()
    {
        { "trace duration_s", "{type: trace, path: t.csv}", ["t.csv", "arrival_s,function,duration_s\n0,f,1\n1,f,1e23\n"], "duration_s", "1E+23 s" },
        { "trace cpu_s", "{type: trace, path: t.csv}", ["t.csv", "arrival_s,function,cpu_s\n0,f,1\n1,f,1e23\n"], "cpu_s", "1E+23 s" },
        { "azure-2021 duration", "{type: azure-2021, path: inv.csv}", ["inv.csv", "app,func,end_timestamp,duration\na,f,10,1\na,f,11,1e23\n"], "duration", "1E+23 s" },
        { "alibaba-fc latency", "{type: alibaba-fc, path: fc.csv}", ["fc.csv", "__time__,functionName,latency,runtime,memoryMB\n1620000000,f,0.5,python3,256\n1620000001,f,1e23,python3,256\n"], "latency", "1E+23 s" },
        { "huawei cold-start cost", "{type: huawei, cold_starts: cold.csv}", ["cold.csv", "time,funcName,userID,podID,totalCost_cold_start,podAllocationCost,deployCodeCost,deployDependencyCost,schedulingCost\n1,f,u,pool22-300-128-1,1,0.1,0.1,0.1,0.1\n2,f,u,pool22-300-128-1,1,0.1,0.1,1e23,0.1\n"], "deployDependencyCost", "1E+23 s" },
        { "huawei function delay", "{type: huawei, requests: requests_minute/day_01.csv, function_delay: function_delay_minute/day_01.csv}", ["function_delay_minute/day_01.csv", "day,time,0\n0,0,250\n0,60,1e23\n", "requests_minute/day_01.csv", "day,time,0\n0,0,2\n0,60,1\n"], "0", "1E+23 ms (1E+20 s)" },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Run_refuses_the_cell_at_its_file_line_and_column(string reader, string workload, string[] files, string column, string value)
    {
        using var folder = new TempFolder();
        Write(folder, files);
        string yaml = folder.Write("s.yaml", $"cluster: {{count: 2, cpus: 8}}\nworkload: {workload}\npolicies: [classic]\n");

        var result = Shell.Run("run", yaml, "--out", folder["out"], "--no-figures");

        Refused(result, folder, files[0], column, value, reader);
        Assert.StartsWith("error: workload.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Trace_stats_and_sample_refuse_the_cell_at_its_file_line_and_column(string reader, string workload, string[] files, string column, string value)
    {
        _ = workload;
        using var folder = new TempFolder();
        // The requests table comes first on the command line, its delay table (of the dataset's folder layout) second.
        string[] paths = [.. Write(folder, files).Reverse()];

        var stats = Shell.Run(["trace", "stats", .. paths, "--out", folder["out"]]);
        Refused(stats, folder, files[0], column, value, reader);

        var sample = Shell.Run(["trace", "sample", .. paths, "--functions", "1", "--out", folder["out"]]);
        Refused(sample, folder, files[0], column, value, reader);
    }

    private static IEnumerable<string> Write(TempFolder folder, string[] files)
    {
        var paths = new List<string>();
        for (int i = 0; i < files.Length; i += 2)
        {
            paths.Add(folder.Write(files[i], files[i + 1]));
        }

        return paths;
    }

    private static void Refused(CliResult result, TempFolder folder, string file, string column, string value, string reader)
    {
        Assert.True(result.ExitCode == ExitCodes.BadInput, reader + ": " + result);
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{file}, line 3, column '{column}': a duration of {value} is longer than the 1E+08 s (about 3.2 years) burstsim simulates", line, StringComparison.Ordinal);
        Assert.Contains("fix the value (the column is in", line, StringComparison.Ordinal);
        Assert.DoesNotContain("monitoring_interval_s", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]), reader);
    }
}
