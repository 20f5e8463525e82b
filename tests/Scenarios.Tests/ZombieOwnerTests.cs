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
        // sh starts a child, then becomes `sleep`, which never reaps it. The child exits only once its parent runs as
        // `sleep`: a child that exits earlier can be reaped by sh itself before the exec (a suite loop under load 25 saw
        // no zombie within 60 s), so the zombie comes from the order of events, not from timing. A pass returns at once.
        const string script = "p=$$; (while [ -e /proc/$p ] && [ \"$(cat /proc/$p/comm 2>/dev/null)\" != sleep ]; do sleep 0.01; done) & echo $!; exec sleep 120";
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { RedirectStandardOutput = true })!;
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
