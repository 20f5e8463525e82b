using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

public sealed class AzureTraceTests
{
    private static AzureTrace Read(TempFolder folder, int start = 0, int minutes = 1440, int? maxFunctions = null)
    {
        var (i, d, m) = AzureFixture.Write(folder);
        using var invocations = new StreamReader(i);
        using var durations = new StreamReader(d);
        using var memory = new StreamReader(m);
        return AzureTraceReader.Read((invocations, i), (durations, d), (memory, m), start, minutes, maxFunctions);
    }

    public sealed class Reading_the_three_files
    {
        [Fact]
        public void Keeps_invoked_functions_with_durations_and_counts_those_without()
        {
            using var folder = new TempFolder();

            var trace = Read(folder);

            Assert.Equal(["f1", "f2"], trace.Functions.Select(f => f.Function));
            Assert.Equal(1, trace.SkippedWithoutDurations);
            Assert.Equal(9, trace.Invocations);
            Assert.Null(trace.Functions[1].MemoryMb);
        }

        [Fact]
        public void Cuts_the_window_of_minutes_asked_for()
        {
            using var folder = new TempFolder();

            var trace = Read(folder, start: 1, minutes: 2);

            Assert.Equal([0, 2], trace.Functions.Single(f => f.Function == "f1").PerMinute);
            Assert.Equal([4, 0], trace.Functions.Single(f => f.Function == "f2").PerMinute);
        }
    }

    public sealed class The_workload
    {
        [Fact]
        public void Spreads_each_minutes_invocations_over_that_minute()
        {
            using var folder = new TempFolder();
            var jobs = new AzureTraceWorkload(Read(folder)).Jobs(new RandomStreams(5), 512);

            Assert.Equal(9, jobs.Count);
            Assert.Equal(3, jobs.Count(j => j.Function == "f1" && j.Arrival.Seconds < 60));
            Assert.Equal(2, jobs.Count(j => j.Function == "f1" && j.Arrival.Seconds is >= 120 and < 180));
            Assert.Equal(4, jobs.Count(j => j.Function == "f2" && j.Arrival.Seconds is >= 60 and < 120));
            Assert.Equal(jobs.OrderBy(j => j.Arrival.Ticks).Select(j => j.JobId), jobs.Select(j => j.JobId));
        }

        [Fact]
        public void Spaces_them_evenly_when_asked()
        {
            using var folder = new TempFolder();
            var jobs = new AzureTraceWorkload(Read(folder), ArrivalSpread.Even).Jobs(new RandomStreams(5), 512);

            Assert.Equal([60 + 7.5, 60 + 22.5, 60 + 37.5, 60 + 52.5], jobs.Where(j => j.Function == "f2").Select(j => j.Arrival.Seconds));
        }

        [Fact]
        public void Draws_durations_within_the_percentiles_and_memory_per_app()
        {
            using var folder = new TempFolder();
            var jobs = new AzureTraceWorkload(Read(folder)).Jobs(new RandomStreams(5), 512);

            Assert.All(jobs.Where(j => j.Function == "f1"), j => Assert.InRange(j.Work(0).WaitSeconds, 0.1, 3.0));
            Assert.All(jobs.Where(j => j.Function == "f2"), j => Assert.InRange(j.Work(0).WaitSeconds, 0.01, 0.09));
            Assert.Single(jobs.Where(j => j.Function == "f1").Select(j => j.MemoryMb).Distinct());
            Assert.InRange(jobs.First(j => j.Function == "f1").MemoryMb, 120, 190);
            Assert.All(jobs.Where(j => j.Function == "f2"), j => Assert.Equal(512, j.MemoryMb));
            Assert.Equal("o1", jobs.First(j => j.Function == "f1").Tenant);
        }

        [Fact]
        public void Gives_the_same_jobs_for_the_same_seed()
        {
            using var folder = new TempFolder();
            var workload = new AzureTraceWorkload(Read(folder));

            string Describe(ulong seed) => string.Join(';', workload.Jobs(new RandomStreams(seed), 512).Select(j => $"{j.Function}@{j.Arrival.Ticks}:{j.Work(0).WaitSeconds}"));

            Assert.Equal(Describe(9), Describe(9));
            Assert.NotEqual(Describe(9), Describe(10));
        }
    }

    public sealed class In_a_scenario
    {
        [Fact]
        public void Runs_end_to_end()
        {
            using var folder = new TempFolder();
            AzureFixture.Write(folder);
            string file = folder.Write("s.yaml", """
                cluster: {count: 2, cpus: 8}
                workload:
                  type: azure
                  invocations: az/invocations.csv
                  durations: az/durations.csv
                  memory: az/memory.csv
                  minutes: 3
                  spread: even
                policies: [classic, faasbatch]
                """);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + (2 * 9), File.ReadAllLines(folder["out/activations.csv"]).Length);
        }

        [Fact]
        public void With_a_window_past_the_day_is_a_contradiction()
        {
            using var folder = new TempFolder();
            AzureFixture.Write(folder);
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: azure\n  invocations: az/invocations.csv\n  durations: az/durations.csv\n  memory: az/memory.csv\n  start_minute: 1400\n  minutes: 60\n");

            var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(file, []));

            Assert.Contains("workload.minutes (line 8 of", e.Message, StringComparison.Ordinal);
            Assert.Contains("contradicts start_minute 1400", e.Message, StringComparison.Ordinal);
        }
    

        [Fact]
        public void With_runs_too_long_to_poll_is_refused_before_running()
        {
            // The trace's counts and shortest durations bound the polls without a pass over the jobs (StreamBound).
            using var folder = new TempFolder();
            AzureFixture.Write(folder);
            folder.Write("az/durations.csv", """
                HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100
                o1,app1,f1,100000,5,100000,100000,100000,100000,100000,100000,100000,100000,100000
                """);
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: azure\n  invocations: az/invocations.csv\n  durations: az/durations.csv\n  memory: az/memory.csv\n  minutes: 3\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder["out"], "--set", "platform.client.monitoring_interval_s=0.000001");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("the replay would take at least 5E+08 Lithops monitor polls: its 5 calls run at least 500 s in all", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("raise monitoring_interval_s", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        [Fact]
        public void With_a_window_without_invocations_is_refused_before_running()
        {
            using var folder = new TempFolder();
            AzureFixture.Write(folder);
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: azure\n  invocations: az/invocations.csv\n  durations: az/durations.csv\n  memory: az/memory.csv\n  start_minute: 100\n  minutes: 60\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder["out"]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("workload.minutes (line 8 of", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("has no invocations in minutes 100-160", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }
    }
}
