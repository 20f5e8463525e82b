using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

public sealed class TraceReplayTests
{
    private const string Trace = """
        arrival_s,function,duration_s,cpu_s,memory_mb,tenant,functions
        2.5,resize,1.0,0,256,alice,1
        0.5,thumb,0,0.25,,bob,4
        0.5,resize,2.0,0,,alice,1
        """;

    public sealed class A_trace_csv
    {
        [Fact]
        public void Becomes_one_job_per_row_in_arrival_order_with_file_order_breaking_ties()
        {
            var rows = TraceCsvReader.Read(new StringReader(Trace), "t.csv");
            var jobs = new TraceReplayWorkload(rows, "t.csv").Jobs(new RandomStreams(1), defaultMemoryMb: 512);

            Assert.Equal([0.5, 0.5, 2.5], jobs.Select(j => j.Arrival.Seconds));
            Assert.Equal(["thumb", "resize", "resize"], jobs.Select(j => j.Function));
            Assert.Equal([4, 1, 1], jobs.Select(j => j.Functions));
            Assert.Equal([512, 512, 256], jobs.Select(j => j.MemoryMb));
            Assert.Equal(FunctionWork.Cpu(0.25), jobs[0].Work(0));
            Assert.Equal(FunctionWork.Sleep(2.0), jobs[1].Work(0));
            Assert.Equal("bob", jobs[0].Tenant);
        }

        [Fact]
        public void Without_a_duration_or_cpu_column_is_refused_naming_the_column()
        {
            var e = Assert.Throws<TraceFormatException>(() => TraceCsvReader.Read(new StringReader("arrival_s,function\n0,f\n"), "t.csv"));

            Assert.Equal("duration_s", e.Column);
        }

        [Fact]
        public void With_a_bad_number_names_the_line_and_column()
        {
            var e = Assert.Throws<TraceFormatException>(() => TraceCsvReader.Read(new StringReader("arrival_s,function,duration_s\n0,f,1\n1,g,soon\n"), "t.csv"));

            Assert.Equal(3, e.Line);
            Assert.Equal("duration_s", e.Column);
        }

        [Fact]
        public void Named_in_a_scenario_is_read_relative_to_the_scenario_file()
        {
            using var folder = new TempFolder();
            folder.Write("traces/t.csv", Trace);
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: trace\n  path: traces/t.csv\npolicies: [classic]\n");

            var scenario = ScenarioLoader.Load(file, []);

            Assert.Equal(3, ((TraceReplayWorkload)scenario.Cases[0].Workload).Invocations.Count);
        }

        [Fact]
        public void With_a_bad_row_in_a_scenario_reports_the_field_and_the_trace_line()
        {
            using var folder = new TempFolder();
            folder.Write("t.csv", "arrival_s,function,duration_s\n0,f,-1\n");
            string file = folder.Write("s.yaml", "cluster: thesis\nworkload:\n  type: trace\n  path: t.csv\n");

            var e = Assert.Throws<Cli.InputException>(() => ScenarioLoader.Load(file, []));

            Assert.Contains("workload.path (line 4 of", e.Message, StringComparison.Ordinal);
            Assert.Contains("line 2, column 'duration_s'", e.Message, StringComparison.Ordinal);
        }
    

        [Theory]
        [InlineData("arrival_s,function,duration_s\n", "the trace has a header but no rows")]
        [InlineData("arrival_s,function,duration_s\n\n\n", "the trace has a header but no rows")]
        [InlineData("", "the file is empty")]
        public void Without_rows_is_refused_naming_the_file_before_anything_runs(string csv, string problem)
        {
            using var folder = new TempFolder();
            string trace = folder.Write("tr.csv", csv);
            string file = folder.Write("tr.yaml", "cluster: thesis\nworkload:\n  type: trace\n  path: tr.csv\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder["out"]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("workload.path (line 4 of", result.Stderr, StringComparison.Ordinal);
            Assert.Contains(trace, result.Stderr, StringComparison.Ordinal);
            Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }
    }
}
