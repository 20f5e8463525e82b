using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Traces;

/// <summary>How <c>trace stats</c> and <c>trace sample</c> tell functions and tables apart when names alone would not.</summary>
public sealed class TraceNamingTests
{
    // Each function's calls as trace stats --out writes them in trace-functions.csv.
    private static Dictionary<string, long> TraceStatsFunctions(TempFolder folder, string file)
    {
        var result = Shell.Run("trace", "stats", file, "--out", folder["stats"]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return File.ReadAllLines(folder["stats/trace-functions.csv"]).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[^5], c => long.Parse(c[^4], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Functions_whose_names_hold_the_separator_stay_apart_in_stats_and_sample()
    {
        using var folder = new TempFolder();
        // app "a/b" func "c" and app "a" func "b/c": joined with '/' both read "a/b/c"; the replay runs them apart.
        string trace = folder.Write("az.csv", "app,func,end_timestamp,duration\na/b,c,10,1\na,b/c,20,5\n");

        var stats = TraceStatsFunctions(folder, trace);
        var sample = Shell.Run("trace", "sample", trace, "--functions", "1", "--out", folder["sample"]);

        Assert.Equal(new Dictionary<string, long> { ["a%2Fb/c"] = 1, ["a/b%2Fc"] = 1 }, stats);
        Assert.True(sample.ExitCode == ExitCodes.Ok, sample.ToString());
        Assert.Equal(2, File.ReadAllLines(folder["sample/az.csv"]).Length);
    }

    [Fact]
    public void Two_huawei_tables_of_one_name_that_no_folder_tells_apart()
    {
        using var folder = new TempFolder();
        // A requests table and its delay table (whole milliseconds read as counts), moved out of their release folders.
        string requests = folder.Write("a/day_01.csv", "day,time,0,1\n1,0,2,1\n1,60,1,0\n");
        string delays = folder.Write("b/day_01.csv", "day,time,0,1\n1,0,100,300\n1,60,120,NaN\n");

        var result = Shell.Run("trace", "stats", requests, delays, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("two Huawei per-minute tables named day_01.csv, and neither folder says which is the function delay table", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder["out"]));
    }
}
