using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Execution;

/// <summary>
/// A run whose memory outgrows the machine (a backlog no check before the run can bound) is stopped by the guard and
/// refused with exit 2 and one line, nothing written; a run within its memory is never stopped.
/// </summary>
public sealed class MemoryGuardTests
{
    [Fact]
    public void A_run_past_its_memory_is_refused_in_one_line_and_leaves_nothing()
    {
        // Half a million calls on two small invokers run for seconds; their estimate passes the check before the run against
        // 8 GB available, and the guard reads 7.9 GB held, past its 5.6 GB: its first read trips it.
        using var folder = new TempFolder();
        string scenario = folder.Write("s.yaml", "cluster: {count: 2, cpus: 8}\nworkload: {type: sleep, functions: 500000, seconds: 0.001}\npolicies: [classic]\n");
        CliResult result;
        using (AvailableMemory.Inject(8_000_000_000))
        using (MemoryGuard.InjectWorkingSet(7_900_000_000))
        {
            result = Shell.Run("run", scenario, "--out", folder["out"], "--no-figures");
        }

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("error: scenario: the run (classic, replication 0, case ", line, StringComparison.Ordinal);
        Assert.Contains("held 7.90 GB, more than the 5.60 GB (70 % of the memory available when it began)", line, StringComparison.Ordinal);
        Assert.Contains("burstsim trace sample --scale", line, StringComparison.Ordinal);
        Assert.Equal(["s.yaml"], folder.Entries());
    }

    [Fact]
    public void Trips_only_past_its_share_and_a_signal_still_cancels_it()
    {
        using var signal = new CancellationTokenSource();
        using (var roomy = new MemoryGuard(long.MaxValue / 2, signal.Token))
        {
            Thread.Sleep(MemoryGuard.Interval * 3);
            Assert.False(roomy.Token.IsCancellationRequested);
            signal.Cancel();
            Assert.True(roomy.Token.IsCancellationRequested);
            Assert.False(roomy.Tripped);
        }

        using var injected = MemoryGuard.InjectWorkingSet(1_000);
        using var tight = new MemoryGuard(1_000, CancellationToken.None);
        Assert.True(tight.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(60)), "the guard never read the working set");
        Assert.True(tight.Tripped);
    }
}
