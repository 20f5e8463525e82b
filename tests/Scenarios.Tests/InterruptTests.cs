using System.Diagnostics;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>An interrupted run (SIGTERM, as from a scheduler or Ctrl-C's SIGINT) removes its staging folder and leaves DIR unwritten.</summary>
public sealed class InterruptTests
{
    // SIGINT takes the same handler; it is not sent here because test hosts may start children with SIGINT ignored.
    [Fact]
    public async Task A_sigterm_mid_run_removes_the_staging_folder_and_says_so()
    {
        const string signal = "TERM";
        if (!OperatingSystem.IsLinux())
        {
            return; // POSIX signals sent with kill(1)
        }

        using var folder = new TempFolder();
        string file = folder.Write("long.yaml", SmallScenarios.Sleep.Replace("seconds: 1", "seconds: 3e7", StringComparison.Ordinal));
        string burstsim = Path.Combine(AppContext.BaseDirectory, "burstsim.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in new[] { burstsim, "run", file, "--out", folder["out"], "--no-figures", "--policy", "burst", "--threads", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!folder.Entries().Any(e => e.StartsWith(".out.burstsim-", StringComparison.Ordinal)) && deadline.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the run ended before it could be interrupted: " + (process.HasExited ? await stderr : string.Empty));
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(30_000), "the run did not stop on the signal");
        Assert.Contains("removed the staging folder", await stderr, StringComparison.Ordinal);
        Assert.Equal(["long.yaml"], folder.Entries());
    }
}
