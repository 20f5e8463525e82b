using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>The public traces in their published formats (fixtures written here, a few rows each), run and refused.</summary>
public sealed class PublicTraceTests
{
    // Azure Functions 2021: rows out of arrival order (arrival = end_timestamp - duration), as in the published sample.
    private const string Azure2021 = """
        app,func,end_timestamp,duration
        a1,f1,5160.142570018768,0.134
        a2,f9,5161.280997037888,0.013
        a3,f2,5241.567729949951,42.356
        a1,f1,5219.518173933029,0.108
        """;

    private const string Alibaba = """
        __time__,functionName,latency,runtime,memoryMB
        1620000060,fnA,0.52,python3,256
        1620000000,fnB,1.3,custom-runtime,1024
        """;

    private const string HuaweiColdStarts = """
        time,clusterName,funcName,userID,requestID,totalCost_cold_start,podAllocationCost,deployCodeCost,deployDependencyCost,schedulingCost,podID
        51937.425,1,10,134,82f1aa,2.239314,0.027161815,0.045,0.454,1.713152185,pool24-600-512-0000577863
        51940.000,1,11,134,82f1ab,1.0,0.02,0.04,0.4,0.5,pool22-300-128-0000618412
        """;

    private const string HuaweiRequests = """
        day,time,0,1,2
        0,0,,3,1.0
        0,60,2,NaN,
        """;

    private const string HuaweiDelays = """
        day,time,0,1,2
        0,0,,250,4000
        0,60,100,,
        """;

    private static IReadOnlyList<JobRequest> Jobs(string yaml, TempFolder folder)
    {
        string file = folder.Write("s.yaml", $"cluster: thesis\nworkload:\n{yaml}\npolicies: [classic]\n");
        return ScenarioLoader.Load(file, []).Cases[0].Workload.Jobs(new RandomStreams(1), 512);
    }

    private static string Refused(TempFolder folder, string yaml)
    {
        string file = folder.Write("s.yaml", $"cluster: thesis\nworkload:\n{yaml}\npolicies: [classic]\n");
        var result = Shell.Run("run", file, "--out", System.IO.Path.Combine(folder.Path, "out"));
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.False(Directory.Exists(System.IO.Path.Combine(folder.Path, "out")));
        return result.Stderr;
    }

    public sealed class Azure_2021
    {
        [Fact]
        public void Calls_arrive_at_end_minus_duration_in_arrival_order_from_the_first()
        {
            using var folder = new TempFolder();
            folder.Write("inv.csv", Azure2021);

            var jobs = Jobs("  type: azure-2021\n  path: inv.csv\n  memory_mb: 300", folder);

            Assert.Equal(["f1", "f9", "f2", "f1"], jobs.Select(j => j.Function));
            Assert.Equal(0, jobs[0].Arrival.Seconds, 6);
            Assert.Equal(5199.211729949951 - 5160.008570018768, jobs[2].Arrival.Seconds, 5);
            Assert.Equal(["a1/f1", "a2/f9", "a3/f2", "a1/f1"], jobs.Select(j => j.Action));
            Assert.All(jobs, j => Assert.Equal(300, j.MemoryMb));
            Assert.Equal(FunctionWork.Sleep(42.356), jobs[2].Work(0));
        }

        [Fact]
        public void A_missing_column_or_a_bad_cell_is_bad_input_naming_file_line_and_column()
        {
            using var folder = new TempFolder();
            folder.Write("missing.csv", "app,func,duration\na,f,1\n");
            folder.Write("bad.csv", "app,func,end_timestamp,duration\na,f,10,1\na,f,11,-2\n");

            Assert.Contains("missing.csv, line 1, column 'end_timestamp'", Refused(folder, "  type: azure-2021\n  path: missing.csv"), StringComparison.Ordinal);
            Assert.Contains("bad.csv, line 3, column 'duration'", Refused(folder, "  type: azure-2021\n  path: bad.csv"), StringComparison.Ordinal);
        }

        [Fact]
        public void Runs_end_to_end()
        {
            using var folder = new TempFolder();
            folder.Write("inv.csv", Azure2021);
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: azure-2021\n  path: inv.csv\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", System.IO.Path.Combine(folder.Path, "out"), "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(5, File.ReadAllLines(System.IO.Path.Combine(folder.Path, "out/activations.csv")).Length);
        }
    }

    public sealed class Alibaba_fc
    {
        [Fact]
        public void Each_cold_start_is_a_call_with_its_memory_and_the_given_run_time()
        {
            using var folder = new TempFolder();
            folder.Write("fc.csv", Alibaba);

            var jobs = Jobs("  type: alibaba-fc\n  path: fc.csv\n  seconds: 2", folder);

            Assert.Equal(["fnB", "fnA"], jobs.Select(j => j.Function));
            Assert.Equal([0.0, 60.0], jobs.Select(j => j.Arrival.Seconds));
            Assert.Equal([1024, 256], jobs.Select(j => j.MemoryMb));
            Assert.All(jobs, j => Assert.Equal(FunctionWork.Sleep(2), j.Work(0)));
        }

        [Fact]
        public void A_bad_memory_cell_is_bad_input_naming_file_line_and_column()
        {
            using var folder = new TempFolder();
            folder.Write("fc.csv", "__time__,functionName,latency,runtime,memoryMB\n1,f,0.1,python3,lots\n");

            Assert.Contains("fc.csv, line 2, column 'memoryMB'", Refused(folder, "  type: alibaba-fc\n  path: fc.csv"), StringComparison.Ordinal);
        }
    }

    public sealed class Huawei
    {
        [Fact]
        public void Cold_starts_take_the_pools_memory_and_the_datasets_function_id()
        {
            using var folder = new TempFolder();
            folder.Write("cold.csv", HuaweiColdStarts);

            var jobs = Jobs("  type: huawei\n  cold_starts: cold.csv", folder);

            Assert.Equal([512, 128], jobs.Select(j => j.MemoryMb));
            Assert.Equal(["10---134---pool24-600-512", "11---134---pool22-300-128"], jobs.Select(j => j.Action));
            Assert.Equal(2.575, jobs[1].Arrival.Seconds, 6);
        }

        [Fact]
        public void Requests_per_minute_are_spread_over_their_minute_and_run_the_minutes_function_delay()
        {
            using var folder = new TempFolder();
            folder.Write("req.csv", HuaweiRequests);
            folder.Write("delay.csv", HuaweiDelays);

            var jobs = Jobs("  type: huawei\n  requests: req.csv\n  function_delay: delay.csv\n  spread: even", folder);

            Assert.Equal(6, jobs.Count);
            Assert.Equal(4, jobs.Count(j => j.Arrival.Seconds < 60));
            Assert.Equal([0.25, 0.25, 0.25], jobs.Where(j => j.Function == "1").Select(j => j.Work(0).WaitSeconds));
            Assert.Equal(4.0, jobs.Single(j => j.Function == "2").Work(0).WaitSeconds);
            Assert.Equal([0.1, 0.1], jobs.Where(j => j.Function == "0").Select(j => j.Work(0).WaitSeconds));
            Assert.True(jobs.Zip(jobs.Skip(1)).All(p => p.First.Arrival <= p.Second.Arrival));
        }

        [Fact]
        public void A_fractional_count_or_a_bad_pod_id_is_bad_input_naming_file_line_and_column()
        {
            using var folder = new TempFolder();
            folder.Write("req.csv", "day,time,0\n0,0,2.5\n");
            folder.Write("cold.csv", "time,funcName,userID,podID,totalCost_cold_start,podAllocationCost,deployCodeCost,deployDependencyCost,schedulingCost\n1,f,u,pod-x,1,1,1,1,1\n");

            Assert.Contains("req.csv, line 2, column '0'", Refused(folder, "  type: huawei\n  requests: req.csv"), StringComparison.Ordinal);
            Assert.Contains("cold.csv, line 2, column 'podID'", Refused(folder, "  type: huawei\n  cold_starts: cold.csv"), StringComparison.Ordinal);
        }
    }

    public sealed class Azure_2019_without_a_memory_file
    {
        [Fact]
        public void Gives_every_app_the_memory_asked_for()
        {
            using var folder = new TempFolder();
            var (i, d, _) = AzureFixture.Write(folder);

            var jobs = Jobs($"  type: azure\n  invocations: {i}\n  durations: {d}\n  memory_mb: 384", folder);

            Assert.Equal(9, jobs.Count);
            Assert.All(jobs, j => Assert.Equal(384, j.MemoryMb));
        }
    }

    public sealed class A_trace_csv_out_of_order
    {
        [Fact]
        public void Streams_the_same_jobs_in_the_same_order_as_the_sorted_read()
        {
            var random = new Random(3);
            var lines = Enumerable.Range(0, 500).Select(i => $"{Math.Round(random.NextDouble() * 50, 1)},f{i % 7},{i % 3}");
            string text = "arrival_s,function,duration_s\n" + string.Join('\n', lines) + "\n";

            var streamed = TraceCsvReader.Open(() => new StringReader(text), "t.csv");
            var read = TraceCsvReader.Read(new StringReader(text), "t.csv");

            Assert.True(streamed.DisorderS > 0);
            Assert.Equal(read, streamed.ToList());
            Assert.Equal(read[321], streamed[321]);
            Assert.Equal(read[4], streamed[4]);
        }
    }

    /// <summary>A time beyond the simulated span (1e8 s) in any reader is bad input at its row, in run and in trace stats/sample alike.</summary>
    public sealed class Far_future_times
    {
        public static TheoryData<string, string, string> Traces => new()
        {
            { "type: azure-2021\n  path: t.csv", "app,func,end_timestamp,duration\na,f,0,1\na,f,1e15,1\n", "line 3, column 'end_timestamp'" },
            { "type: alibaba-fc\n  path: t.csv", "__time__,functionName,latency,runtime,memoryMB\n1,f,0.1,python3,128\n100000002,f,0.1,python3,128\n", "line 3, column '__time__'" },
            { "type: huawei\n  cold_starts: t.csv", "time,funcName,userID,podID,totalCost_cold_start,podAllocationCost,deployCodeCost,deployDependencyCost,schedulingCost\n1e15,f,u,pool22-300-128-1,1,0,0,0,0\n0,f,u,pool22-300-128-1,1,0,0,0,0\n", "line 2, column 'time'" },
            { "type: huawei\n  requests: t.csv", "day,time,f1\n0,0,1\n0,1e15,1\n", "line 3, column 'time'" },
            { "type: trace\n  path: t.csv", "arrival_s,function,duration_s\n0,f,1\n1e15,f,1\n", "line 3, column 'arrival_s'" },
        };

        [Theory]
        [MemberData(nameof(Traces))]
        public void Is_refused_at_its_row_naming_the_limit(string workload, string trace, string where)
        {
            using var folder = new TempFolder();
            folder.Write("t.csv", trace);

            string error = Refused(folder, "  " + workload);

            Assert.Contains($"t.csv, {where}: the arrival is too far in the future", error, StringComparison.Ordinal);
            Assert.Contains("beyond the 1E+08 s", error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Traces))]
        public void Trace_stats_and_sample_refuse_it_as_run_does(string workload, string trace, string where)
        {
            _ = workload;
            using var folder = new TempFolder();
            string path = folder.Write("t.csv", trace);

            foreach (var result in new[] { Shell.Run("trace", "stats", path), Shell.Run("trace", "sample", path, "--functions", "1", "--out", System.IO.Path.Combine(folder.Path, "sample")) })
            {
                Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
                Assert.Contains($"t.csv, {where}: the arrival is too far in the future", result.Stderr, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A whole number beyond a cell's range is refused as too large, with the largest value accepted, not as "not a whole number".</summary>
    public sealed class Whole_numbers_too_large
    {
        [Theory]
        [InlineData("__time__,functionName,latency,runtime,memoryMB\n1,f,0.1,python3,99999999999\n", "column 'memoryMB': 99999999999 is too large; the largest value accepted is 2147483647")]
        [InlineData("arrival_s,function,duration_s,functions\n0,f,1,99999999999\n", "column 'functions': 99999999999 is too large; the largest value accepted is 2147483647")]
        [InlineData("day,time,f1\n0,0,99999999999\n", "column 'f1': 99999999999 requests is too many for one minute; the largest value accepted is 2147483647")]
        [InlineData("arrival_s,function,duration_s,functions\n0,f,1,1.5\n", "column 'functions': '1.5' is not a whole number")]
        public void Say_they_are_too_large_and_give_the_largest(string trace, string expected)
        {
            using var folder = new TempFolder();
            string path = folder.Write("t.csv", trace);

            var result = Shell.Run("trace", "stats", path);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        }
    }

    /// <summary>Messages that quote input stay one printable line; a folder given as a trace is said to be a folder.</summary>
    public sealed class Unreadable_inputs
    {
        [Fact]
        public void A_binary_trace_is_quoted_without_control_characters()
        {
            using var folder = new TempFolder();
            File.WriteAllBytes(System.IO.Path.Combine(folder.Path, "t.csv"), [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x1B, 0x5B, 0x07, 0x2C, 0x41]);

            string error = Refused(folder, "  type: trace\n  path: t.csv");

            // A NUL in the header says it is not text at all (hostile10 F2), before any column is looked up.
            Assert.Contains("t.csv, line 1, column '(header)': the header holds NUL bytes, so this is not a trace's CSV", error, StringComparison.Ordinal);
            Assert.DoesNotContain(error.TrimEnd(), char.IsControl);
        }

        [Fact]
        public void A_folder_as_the_trace_path_is_said_to_be_a_folder()
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "traces"));

            string error = Refused(folder, "  type: trace\n  path: traces");

            Assert.Contains("traces is a folder, not a file; give the file inside it", error, StringComparison.Ordinal);
        }
    }
}
