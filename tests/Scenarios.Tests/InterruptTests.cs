using System.Diagnostics;
using System.Globalization;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM at any moment of a command: it stops with exit 130 or 143, leaves neither staging
/// folders nor a half-written DIR, and prints no error for what the interrupt cut short. The signals go to a real
/// burstsim process. Only outcomes are asserted, never how fast (the machine may be loaded): the 2 s promise is
/// measured by hand (docs/scenarios.md, "Interrupting a run").
/// </summary>
public sealed class InterruptTests
{
    /// <summary>Far above the time to stop: a process still running then has ignored the signal.</summary>
    private const int StopLimitMs = 30_000;

    // Long in wall time, not only in simulated time: two million classic calls take tens of seconds of work on any machine
    // (a long sleep alone is a handful of events and can end before a signal sent 900 ms after the start).
    private static string LongRun(TempFolder folder) =>
        folder.Write("long.yaml", """
            name: long-run
            description: two million sleeping calls, so that a signal always comes mid-run
            seed: 7
            cluster:
              count: 100
              cpus: 48
            workload:
              type: sleep
              functions: 2000000
              seconds: 1
            policies: [classic]
            """);

    [SignalFact("TERM")]
    public async Task A_sigterm_mid_run_removes_the_staging_folder_and_says_so()
    {
        using var folder = new TempFolder();
        string file = LongRun(folder);
        using var burstsim = Burstsim.Start("run", file, "--out", folder["out"], "--no-figures", "--threads", "1");

        // The signal comes the moment the staging folder appears: the earliest moment there is anything to clean up.
        Assert.True(burstsim.WaitFor(() => folder.Entries().Any(e => e.StartsWith(".out.burstsim-", StringComparison.Ordinal))), "no staging folder appeared: " + await burstsim.StderrAsync());
        burstsim.Signal("TERM");

        var (code, stderr) = await burstsim.EndAsync();
        Assert.Equal(143, code);
        Assert.Contains("removed the staging folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["long.yaml"], folder.Entries());
    }

    /// <summary>The terminal or ssh session closing (SIGHUP) stops a run as SIGTERM does: exit 129, the staging removed, one line naming it.</summary>
    [SignalFact("HUP")]
    public async Task A_sighup_mid_run_removes_the_staging_folder_and_exits_129()
    {
        using var folder = new TempFolder();
        string file = LongRun(folder);
        using var burstsim = Burstsim.Start("run", file, "--out", folder["out"], "--no-figures", "--threads", "1");
        Assert.True(burstsim.WaitFor(() => folder.Entries().Any(e => e.StartsWith(".out.burstsim-", StringComparison.Ordinal))), "no staging folder appeared: " + await burstsim.StderrAsync());
        burstsim.Signal("HUP");

        var (code, stderr) = await burstsim.EndAsync();
        Assert.Equal(129, code);
        Assert.Contains("interrupted (SIGHUP): stopped; exit 129", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["long.yaml"], folder.Entries());
    }

    [SignalFact("INT")]
    public async Task A_ctrl_c_while_a_trace_sample_is_written_leaves_no_half_written_sample()
    {
        using var folder = new TempFolder();
        var rows = new System.Text.StringBuilder("app,func,end_timestamp,duration\n");
        for (int i = 0; i < 200_000; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"a{i % 50},f,{1 + (i * 0.01)},0.5\n");
        }

        string file = folder.Write("t.csv", rows.ToString());

        // Fifty-fold: ten million rows to write, so the signal comes while the sample is being written.
        using var burstsim = Burstsim.Start("trace", "sample", file, "--functions", "50", "--scale", "50", "--out", folder["out"]);
        Assert.True(burstsim.WaitFor(() => folder.Entries().Any(e => e.StartsWith(".out.burstsim-", StringComparison.Ordinal))), "no staging folder appeared: " + await burstsim.StderrAsync());
        burstsim.Signal("INT");

        var (code, stderr) = await burstsim.EndAsync();
        Assert.Equal(130, code);
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["t.csv"], folder.Entries());
    }

    /// <summary>Before, during and after the handlers are installed, while the scenario loads, as the staging folder is made: the outcome is the same.</summary>
    [SignalFact("TERM")]
    public async Task A_sigterm_at_any_early_moment_ends_with_143_and_leaves_nothing()
    {
        foreach (int delayMs in new[] { 0, 30, 100, 250, 500, 900 })
        {
            using var folder = new TempFolder();
            string file = LongRun(folder);
            using var burstsim = Burstsim.Start("run", file, "--out", folder["out"], "--threads", "1");
            Thread.Sleep(delayMs);
            burstsim.Signal("TERM");

            var (code, stderr) = await burstsim.EndAsync();
            string at = string.Create(CultureInfo.InvariantCulture, $"signal {delayMs} ms after start: {stderr}");
            Assert.True(code == 143, $"exit {code}, {at}");
            Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
            Assert.True(folder.Entries().SequenceEqual(["long.yaml"]), $"left {string.Join(", ", folder.Entries())}; {at}");
        }
    }

    /// <summary>A sweep of 90 000 variants spends minutes planning (a 1/100 shard: about 1.1 GB by the size check, within a CI machine): Ctrl-C there must not wait for the plan.</summary>
    [SignalFact("INT")]
    public async Task Ctrl_c_while_a_large_sweep_plans_stops_it_with_130()
    {
        using var folder = new TempFolder();
        string values = string.Join(',', Enumerable.Range(1, 300));
        using var burstsim = Burstsim.Start("sweep", "thesis-sleep-120", "--vary", "platform.client.max_workers=" + values, "--vary", "platform.client.invoke_pool_threads=" + values, "--shard", "0/100", "--out", folder["out"]);

        // The sweep says when it starts planning (minutes for 90 000 variants): the signal comes then, however loaded the machine.
        Assert.True(burstsim.WaitFor(() => burstsim.Stderr.Contains("sweep: loading and checking 90,000 variants", StringComparison.Ordinal)), "the sweep never said it was planning: " + await burstsim.StderrAsync());
        burstsim.Signal("INT");

        var (code, stderr) = await burstsim.EndAsync();
        Assert.True(code == 130, $"exit {code}: {stderr}");
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(folder.Entries());
    }

    /// <summary>
    /// Runs writing their unit files when the signal comes, late (after some runs' rows were joined): no "--out:
    /// writing ... failed" for files the interrupt removed, and all of the staging removed, since the joined units' files
    /// are already gone (a late signal used to find one file per finished run, too many to delete in the budget).
    /// </summary>
    [SignalFact("TERM")]
    public async Task A_sigterm_while_sweep_runs_write_is_not_reported_as_an_out_failure()
    {
        using var folder = new TempFolder();
        string values = string.Join(',', Enumerable.Range(1, 1500));
        using var burstsim = Burstsim.Start("sweep", "single-invoker-30", "--vary", "platform.client.max_workers=" + values, "--out", folder["out"], "--threads", "2");
        static bool Joined(string staging) =>
            Directory.Exists(Path.Combine(staging, ".units")) && File.Exists(Path.Combine(staging, "activations.csv")) && new FileInfo(Path.Combine(staging, "activations.csv")).Length > 20_000;
        Assert.True(
            burstsim.WaitFor(() => Directory.EnumerateDirectories(folder.Path, ".out.burstsim-*").Any(Joined)),
            "the sweep joined no unit files: " + await burstsim.StderrAsync());
        burstsim.Signal("TERM");

        var (code, stderr) = await burstsim.EndAsync();
        Assert.True(code == 143, $"exit {code}: {stderr}");
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("removed the staging folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("stopped removing", stderr, StringComparison.Ordinal);
        Assert.Empty(folder.Entries());
    }

    /// <summary>A burstsim child process (the built burstsim.dll), its stderr read as it comes.</summary>
    private sealed class Burstsim : IDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _lines = new();
        private readonly TaskCompletionSource _closed = new();

        private Burstsim(Process process)
        {
            _process = process;
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    _closed.TrySetResult();
                    return;
                }

                lock (_lines)
                {
                    _lines.Append(e.Data).Append('\n');
                }
            };
            process.BeginErrorReadLine();
            _ = process.StandardOutput.ReadToEndAsync();
        }

        /// <summary>What the process has written to stderr so far.</summary>
        public string Stderr
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToString();
                }
            }
        }

        public static Burstsim Start(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "burstsim.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            return new Burstsim(Process.Start(start)!);
        }

        /// <summary>Waits (up to 60 s) until <paramref name="condition"/> holds while the process runs; false if it ended or time ran out.</summary>
        public bool WaitFor(Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!_process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (condition())
                {
                    return !_process.HasExited;
                }

                Thread.Sleep(10);
            }

            return false;
        }

        public void Signal(string name)
        {
            using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        public async Task<string> StderrAsync()
        {
            if (_process.HasExited)
            {
                await _closed.Task;
            }

            return Stderr + (_process.HasExited ? string.Empty : "(still running)");
        }

        public async Task<(int Code, string Stderr)> EndAsync()
        {
            Assert.True(_process.WaitForExit(StopLimitMs), "the process did not stop on the signal: " + Stderr);
            await _closed.Task;
            return (_process.ExitCode, Stderr);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
