using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class ActivationCsvWriterTests
{
    // Spelled out rather than built from ActivationColumns: this is the contract itself.
    private const string ContractHeader =
        "host_job_create_tstamp,host_job_serialize_time,func_data_size_bytes,func_module_size_bytes," +
        "host_func_upload_time,host_data_upload_time,host_job_created_time,host_status_done_tstamp," +
        "host_status_query_count,worker_start_tstamp,host_submit_tstamp,worker_cold_start," +
        "worker_peak_memory_start,worker_func_start_tstamp,worker_func_end_tstamp," +
        "worker_func_exec_time,func_result_size,worker_result_upload_time,worker_peak_memory_end," +
        "worker_end_tstamp,worker_exec_time,host_result_done_tstamp,host_result_query_count," +
        "scenario,policy,granularity,replication,seed,function_id,invoker,container," +
        "job_id,tenant,queue_time,cold_start_time";

    private static string Write(RunContext context, params Burstsim.Simulator.Platform.ActivationRecord[] records)
    {
        using var text = new StringWriter();
        using (var writer = new ActivationCsvWriter(text, context, leaveOpen: true))
        {
            foreach (var record in records)
            {
                writer.Add(record);
            }
        }

        return text.ToString();
    }

    public sealed class Constructor
    {
        [Fact]
        public void Writes_the_Lithops_columns_then_the_run_and_platform_columns()
        {
            string csv = Write(SampleActivations.Context());

            Assert.Equal(ContractHeader + "\n", csv);
        }

        [Fact]
        public void Appends_the_swept_columns_in_the_order_given()
        {
            var context = SampleActivations.Context()
                .WithSwept("platform.docker.parallel_runs", "10")
                .WithSwept("cluster.invokers", "20");

            string csv = Write(context);

            Assert.Equal(ContractHeader + ",platform.docker.parallel_runs,cluster.invokers\n", csv);
        }

        [Fact]
        public void Rejects_a_swept_column_that_reuses_a_fixed_name()
        {
            using var text = new StringWriter();

            Assert.Throws<ArgumentException>(() => new ActivationCsvWriter(text, ["seed"]));
        }
    }

    public sealed class Add
    {
        [Fact]
        public void Writes_instants_and_durations_as_seconds_with_six_decimals()
        {
            string csv = Write(SampleActivations.Context().WithSwept("platform.docker.parallel_runs", "10"), SampleActivations.Full());

            string row = csv.Split('\n')[1];
            Assert.Equal(
                "1.000000,0.006003,1008,751,0.074885,0.000000,0.081426,10.141765,1,3.496652,1.082000,True," +
                "65769472,3.562968,8.565864,5.002896,5,0.002500,66826240,8.568723,5.072071,10.158474,0," +
                "paper-48,burst/homogeneous,6,0,42,7,invoker3,container12,2,guest,0.250000,1.250001,10",
                row);
        }

        [Fact]
        public void Leaves_the_statistics_the_model_does_not_simulate_empty_rather_than_zero()
        {
            // Record() sets no payload sizes, memory profile, result upload time or result query count
            string row = Write(SampleActivations.Context(), SampleActivations.Record(0)).Split('\n')[1];

            string[] cells = row.Split(',');
            string[] unsimulated =
            [
                "func_data_size_bytes", "func_module_size_bytes", "worker_peak_memory_start", "func_result_size",
                "worker_result_upload_time", "worker_peak_memory_end", "host_result_query_count",
            ];
            var lithops = ActivationColumns.Lithops.ToList();
            Assert.All(unsimulated, name => Assert.Equal(string.Empty, cells[lithops.IndexOf(name)]));
            Assert.NotEqual(string.Empty, cells[lithops.IndexOf("worker_func_exec_time")]);
        }

        [Fact]
        public void Writes_a_warm_start_as_False_like_Lithops()
        {
            string csv = Write(SampleActivations.Context(), SampleActivations.Record(0, cold: false));

            Assert.Contains(",False,", csv.Split('\n')[1], StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("a,b", "\"a,b\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        [InlineData("two\nlines", "\"two\nlines\"")]
        [InlineData(" padded", "\" padded\"")]
        public void Quotes_odd_strings_as_RFC_4180_says(string container, string expected)
        {
            string csv = Write(SampleActivations.Context(), SampleActivations.Record(0, container: container));

            Assert.Contains(",invoker0," + expected + ",0,guest,", csv, StringComparison.Ordinal);
        }

        [Fact]
        public void Gives_byte_identical_output_for_identical_input()
        {
            var records = Enumerable.Range(0, 50)
                .Select(i => SampleActivations.Record(i, create: i * 0.001, start: 1 + (i / 7.0), funcStart: 1.1 + (i / 7.0), funcEnd: 6.1 + (i / 7.0), end: 6.2 + (i / 7.0)))
                .ToArray();

            Assert.Equal(Write(SampleActivations.Context(), records), Write(SampleActivations.Context(), records));
        }

        [Fact]
        public void Writes_rows_that_the_reader_reads_back_to_the_same_values()
        {
            var record = SampleActivations.Full();
            var context = SampleActivations.Context().WithSwept("platform.docker.parallel_runs", "10");

            var row = LithopsCsvReader.Read(new StringReader(Write(context, record)), "activations.csv").Single();

            Assert.Equal(record.HostJobCreate.Seconds, row.HostJobCreateTstamp);
            Assert.Equal(record.HostJobSerializeTime.Seconds, row.HostJobSerializeTime);
            Assert.Equal(record.FuncDataSizeBytes, row.FuncDataSizeBytes);
            Assert.Equal(record.HostStatusDone.Seconds, row.HostStatusDoneTstamp);
            Assert.Equal(record.HostStatusQueryCount, row.HostStatusQueryCount);
            Assert.Equal(record.WorkerStart.Seconds, row.WorkerStartTstamp);
            Assert.Equal(record.ColdStart, row.WorkerColdStart);
            Assert.Equal(record.WorkerPeakMemoryStart, row.WorkerPeakMemoryStart);
            Assert.Equal(record.FuncExecTime.Seconds, row.WorkerFuncExecTime);
            Assert.Equal(record.FuncResultSize, row.FuncResultSize);
            Assert.Equal(record.WorkerExecTime.Seconds, row.WorkerExecTime);
            Assert.Equal(record.HostResultDone.Seconds, row.HostResultDoneTstamp);
            Assert.Equal(record.FunctionId, row.FunctionId);
            Assert.Equal(record.Invoker, row.Invoker);
            Assert.Equal(record.Container, row.Container);
            Assert.Equal(record.JobId, row.JobId);
            Assert.Equal(record.Tenant, row.Tenant);
            Assert.Equal(record.QueueTime.Seconds, row.QueueTime);
            Assert.Equal(record.ColdStartTime.Seconds, row.ColdStartTime);
            Assert.Equal(record.Startup.Seconds, row.Startup, 9);
            Assert.Equal(context, row.ToRunContext());
        }

        [Fact]
        public void Refuses_a_row_before_any_context_is_set()
        {
            using var writer = new ActivationCsvWriter(new StringWriter(), []);

            Assert.Throws<InvalidOperationException>(() => writer.Add(SampleActivations.Record(0)));
        }
    }

    public sealed class ForContext
    {
        [Fact]
        public void Writes_several_runs_into_one_file_under_one_header()
        {
            using var text = new StringWriter();
            using (var writer = new ActivationCsvWriter(text, ["platform.docker.parallel_runs"], leaveOpen: true))
            {
                var classic = writer.ForContext(SampleActivations.Context("classic/sharding").WithSwept("platform.docker.parallel_runs", "10"));
                var burst = writer.ForContext(SampleActivations.Context("burst/homogeneous", replication: 1).WithSwept("platform.docker.parallel_runs", "20"));
                classic.Add(SampleActivations.Record(0));
                burst.Add(SampleActivations.Record(0));
                classic.Add(SampleActivations.Record(1));
                Assert.Equal(3, writer.RowsWritten);
            }

            string[] lines = text.ToString().Split('\n');
            Assert.Single(lines, line => line.StartsWith("host_job_create_tstamp,", StringComparison.Ordinal));
            Assert.Equal(5, lines.Length); // header, three rows, and the empty piece after the last "\n"
            Assert.EndsWith(",paper-48,classic/sharding,6,0,42,0,invoker0,container0,0,guest,0.000000,0.000000,10", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(",paper-48,burst/homogeneous,6,1,42,0,invoker0,container0,0,guest,0.000000,0.000000,20", lines[2], StringComparison.Ordinal);
            Assert.Contains(",classic/sharding,6,0,42,1,", lines[3], StringComparison.Ordinal);
        }

        [Fact]
        public void Leaves_a_swept_cell_empty_when_the_context_does_not_set_it()
        {
            using var text = new StringWriter();
            using (var writer = new ActivationCsvWriter(text, ["a", "b"], leaveOpen: true))
            {
                writer.ForContext(SampleActivations.Context().WithSwept("b", "2")).Add(SampleActivations.Record(0));
            }

            Assert.EndsWith(",0.000000,,2\n", text.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Rejects_a_context_whose_swept_column_is_not_in_the_header()
        {
            using var writer = new ActivationCsvWriter(new StringWriter(), ["a"]);

            var error = Assert.Throws<ArgumentException>(() => writer.ForContext(SampleActivations.Context().WithSwept("b", "2")));
            Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Context
    {
        [Fact]
        public void Switches_the_run_between_rows()
        {
            using var text = new StringWriter();
            using (var writer = new ActivationCsvWriter(text, SampleActivations.Context(replication: 0), leaveOpen: true))
            {
                writer.Add(SampleActivations.Record(0));
                writer.Context = SampleActivations.Context(replication: 1);
                writer.Add(SampleActivations.Record(0));
            }

            var rows = LithopsCsvReader.Read(new StringReader(text.ToString()), "activations.csv").ToList();
            Assert.Equal([0, 1], rows.Select(row => row.Replication!.Value));
        }
    }
}
