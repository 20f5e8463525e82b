using System.Diagnostics;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Issue 25 (hostile10b NEW-1): under a 3 GB address-space limit (<c>ulimit -v 3000000</c>, as a batch scheduler sets)
/// a 2,000-run sweep died with a segmentation fault, no message and its staging left behind: glibc's per-thread malloc
/// arenas took the address space the GC had to grow into. It now completes, and a sweep that cannot fit under the
/// limit is refused with the limit's figure, since the memory checks take RLIMIT_AS into account. A child process,
/// since the limit is the process's own.
/// </summary>
public sealed class AddressSpaceLimitTests
{
    private static (int Code, string Stderr) UnderLimit(string kilobytes, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "burstsim.dll");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"ulimit -v {kilobytes} && exec dotnet \"$0\" \"$@\"");
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(10)), "burstsim did not end within 10 min");
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }

    [LinuxFact]
    public void A_sweep_of_two_thousand_runs_completes_under_a_3_gb_address_space_limit()
    {
        using var folder = new TempFolder();
        string functions = string.Join(',', Enumerable.Range(1, 100));

        var (code, stderr) = UnderLimit("3000000", "sweep", "thesis-sleep-120", "--vary", $"workload.functions={functions}", "--replications", "10", "--out", folder["out"], "--no-figures");

        Assert.True(code == ExitCodes.Ok, $"exit {code}: {stderr}");
        Assert.Equal(1 + (100 * 10 * 2), File.ReadAllLines(folder["out/summary.csv"]).Length);
        Assert.Equal("out", Path.GetFileName(Assert.Single(Directory.EnumerateFileSystemEntries(folder.Path)))); // no staging left beside it
    }

    [LinuxFact]
    public void A_sweep_that_cannot_fit_under_the_limit_is_refused_with_the_limits_figure()
    {
        using var folder = new TempFolder();
        string functions = string.Join(',', Enumerable.Range(1, 1000));

        var (code, stderr) = UnderLimit("4500000", "sweep", "thesis-sleep-120", "--vary", $"workload.functions={functions}", "--replications", "1000", "--out", folder["out"], "--no-figures");

        Assert.True(code == ExitCodes.BadInput, $"exit {code}: {stderr}");
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // At most half the 4,500,000 KB limit (2.3 GB), the GC heap's share, whatever the machine has free.
        var figure = System.Text.RegularExpressions.Regex.Match(line, @"more than the ([0-9.]+) GB this process can use now");
        Assert.True(figure.Success, line);
        Assert.InRange(double.Parse(figure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0.0, 2.3);
        Assert.Empty(folder.Entries());
    }

    [LinuxTheory]
    [InlineData("2000000", "run")] // hostile11 B4: exit 70 "internal error in ChartFont" (out of memory in ScottPlot's fonts)
    [InlineData("1500000", "sweep")] // exit 134 "Out of memory.", staging left
    [InlineData("1200000", "run")] // exit 134 with a stack trace, out of memory installing the signal handlers
    public void A_limit_too_small_for_dotnet_is_refused_first_naming_it_and_the_fix(string kilobytes, string command)
    {
        using var folder = new TempFolder();
        string[] args = command == "run"
            ? ["run", "thesis-sleep-120", "--out", folder["out"]]
            : ["sweep", "thesis-sleep-120", "--vary", "workload.functions=1,2,3", "--out", folder["out"], "--no-figures"];

        var (code, stderr) = UnderLimit(kilobytes, args);

        Assert.True(code == ExitCodes.BadInput, $"exit {code}: {stderr}");
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: the address-space limit (ulimit -v {kilobytes} KB) is below the 3000000 KB burstsim needs (.NET reserves about half of it for its heap at start); raise it with ulimit -v 3000000 or more, or ulimit -v unlimited", line);
        Assert.Empty(folder.Entries());
    }
}
