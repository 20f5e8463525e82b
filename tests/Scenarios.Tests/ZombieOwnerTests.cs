using System.Diagnostics;
using System.Globalization;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>A run killed by SIGKILL can stay a zombie for a while; its staging folder must count as stale at once.</summary>
public sealed class ZombieOwnerTests
{
    [LinuxFact]
    public void A_zombie_is_told_from_a_live_process()
    {
        // sh starts a child that exits at once, then becomes `sleep`, which never reaps it: a zombie until the test kills
        // the parent. Under load the child can take seconds to start and exit (a 5 s parent and a 4 s wait failed once
        // in a loaded suite loop), so the parent outlives any wait and the wait is long; a pass returns at once.
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 0 & echo $!; exec sleep 120"]) { RedirectStandardOutput = true })!;
        try
        {
            int zombie = int.Parse(parent.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!StaleStaging.IsZombie(zombie) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.True(StaleStaging.IsZombie(zombie), $"process {zombie} should be a zombie by now");
            Assert.False(StaleStaging.IsZombie(Environment.ProcessId));
            Assert.False(StaleStaging.IsZombie(parent.Id));
        }
        finally
        {
            parent.Kill();
        }
    }
}
