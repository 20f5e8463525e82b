using System.Diagnostics;
using System.Globalization;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Tests;

/// <summary>A run killed by SIGKILL can stay a zombie for a while; its staging folder must count as stale at once.</summary>
public sealed class ZombieOwnerTests
{
    [Fact]
    public void A_zombie_is_told_from_a_live_process()
    {
        // sh starts a child that exits at once, then becomes `sleep`, which never reaps it: a zombie for 5 s.
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 0 & echo $!; exec sleep 5"]) { RedirectStandardOutput = true })!;
        try
        {
            int zombie = int.Parse(parent.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
            var deadline = DateTime.UtcNow.AddSeconds(4);
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
