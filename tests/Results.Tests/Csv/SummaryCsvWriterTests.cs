using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class SummaryCsvWriterTests
{
    private const string ContractHeader =
        "scenario,policy,granularity,replication,seed,functions,makespan_s,startup_p50_s,startup_p95_s," +
        "startup_p99_s,startup_max_s,startup_mean_s,peak_concurrency,containers,cold_starts,invokers_used," +
        "functions_requested,rejected_jobs,rejected_functions,http_429,dropped_trace_invocations," +
        "critical_startup_s,critical_compute_s,critical_comm_s,comm_mean_s,sync_mean_s," +
        "failed,retried,reserved_cpu_s,busy_cpu_s,memory_gb_s,container_s,requests,invoker_hours,utilisation,price,cold_start_ratio,idle_memory_gb_s,http_503,invokers_taken_out,billed_gb_s,attempts,func_startup_p50_s,func_startup_max_s";

    internal static SummaryRow Row(RunContext context, double p50 = 1.5) =>
        new(context, Functions: 48, MakespanS: 7.25, StartupP50S: p50, StartupP95S: 2.48, StartupP99S: 2.4899999,
            StartupMaxS: 2.49, StartupMeanS: 1.0 / 3, PeakConcurrency: 48, Containers: 8, ColdStarts: 8, InvokersUsed: 1, FunctionsRequested: 48);

    private static string WriteAll(params SummaryRow[] rows)
    {
        using var text = new StringWriter();
        SummaryCsvWriter.Write(text, rows);
        return text.ToString();
    }

    public sealed class Write
    {
        [Fact]
        public void Writes_the_contract_header_then_one_line_per_run_with_six_decimals()
        {
            string csv = WriteAll(Row(SampleActivations.Context()));

            Assert.Equal(
                ContractHeader + "\n" +
                "paper-48,burst/homogeneous,6,0,42,48,7.250000,1.500000,2.480000,2.490000,2.490000,0.333333,48,8,8,1,48,0,0,0,0,,0.000000,0.000000,0.000000,0.000000,0,0,,,,,,,,,,,0,0,,0,,\n",
                csv);
        }

        [Fact]
        public void A_rejected_burst_leaves_its_metrics_empty_and_says_what_was_requested_and_refused()
        {
            var rejected = new SummaryRow(SampleActivations.Context(), 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0, 0, 0,
                FunctionsRequested: 100, RejectedJobs: 1, RejectedFunctions: 100, Http429: 3, DroppedTraceInvocations: 7);

            string line = WriteAll(rejected).Split('\n')[1];

            Assert.EndsWith(",0,,,,,,,0,0,0,0,100,1,100,3,7,,0.000000,0.000000,0.000000,0.000000,0,0,,,,,,,,,,,0,0,,0,,", line, StringComparison.Ordinal);
        }

        [Fact]
        public void Writes_a_missing_value_as_an_empty_cell()
        {
            string csv = WriteAll(Row(SampleActivations.Context(), p50: double.NaN));

            Assert.Contains(",7.250000,,2.480000,", csv, StringComparison.Ordinal);
        }

        [Fact]
        public void Gathers_the_swept_columns_of_all_rows_in_first_seen_order()
        {
            string csv = WriteAll(
                Row(SampleActivations.Context().WithSwept("b", "1")),
                Row(SampleActivations.Context(replication: 1).WithSwept("a", "x,y").WithSwept("b", "2")));

            string[] lines = csv.Split('\n');
            Assert.Equal(ContractHeader + ",b,a", lines[0]);
            Assert.EndsWith(",1,", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(",2,\"x,y\"", lines[2], StringComparison.Ordinal);
        }

        [Fact]
        public void Gives_byte_identical_output_for_identical_input()
        {
            var rows = Enumerable.Range(0, 5).Select(i => Row(SampleActivations.Context(replication: i), p50: i / 3.0)).ToArray();

            Assert.Equal(WriteAll(rows), WriteAll(rows));
        }
    }
}
