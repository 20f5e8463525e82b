using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class LithopsCsvReaderTests
{
    // Two rows in the Lithops format, some header names with the trailing spaces real files carry.
    private const string LithopsFixture =
        "host_job_create_tstamp ,host_job_serialize_time,func_data_size_bytes,func_module_size_bytes,host_func_upload_time," +
        "host_data_upload_time,host_job_created_time,host_status_done_tstamp,host_status_query_count,worker_start_tstamp ," +
        "host_submit_tstamp,worker_cold_start,worker_peak_memory_start,worker_func_start_tstamp,worker_func_end_tstamp," +
        "worker_func_exec_time,func_result_size,worker_result_upload_time,worker_peak_memory_end,worker_end_tstamp," +
        "worker_exec_time,host_result_done_tstamp,host_result_query_count \n" +
        "1700000000.5,0.006,1008,751,0.07,0,0.08,1700000010.25,1,1700000003.75,1700000000.58,True,65769472.0," +
        "1700000003.8,1700000008.8,5.0029,5.0,0.0,66826240.0,1700000008.81,5.06,1700000010.3,0\n" +
        "1700000000.5,0.006,1008,751,0.07,0,0.08,1700000011.25,2,1700000001.5,1700000000.58,False,65769472.0," +
        "1700000001.6,1700000006.6,5.0031,5.0,0.0,66826240.0,1700000006.61,5.11,1700000011.3,0\n";

    private static List<LithopsRow> Parse(string csv, string source = "gran6.csv") =>
        [.. LithopsCsvReader.Read(new StringReader(csv), source)];

    public sealed class Read
    {
        [Fact]
        public void Trims_the_spaces_that_trail_some_Lithops_header_names()
        {
            var rows = Parse(LithopsFixture);

            Assert.Equal(2, rows.Count);
            Assert.Equal(1700000000.5, rows[0].HostJobCreateTstamp);
            Assert.Equal(1700000003.75, rows[0].WorkerStartTstamp);
            Assert.Equal(0, rows[0].HostResultQueryCount);
        }

        [Fact]
        public void Parses_Python_booleans_and_floats_invariantly()
        {
            var rows = Parse(LithopsFixture);

            Assert.Equal([true, false], rows.Select(row => row.WorkerColdStart!.Value));
            Assert.Equal(65769472.0, rows[0].WorkerPeakMemoryStart);
            Assert.Equal(5.0031, rows[1].WorkerFuncExecTime);
            Assert.Equal(3.25, rows[0].Startup, 9);
            Assert.Equal(1.0, rows[1].Startup, 9);
            Assert.Equal([2L, 3L], rows.Select(row => row.Line));
        }

        [Fact]
        public void Tolerates_files_with_only_the_startup_columns()
        {
            var row = Parse("worker_start_tstamp,host_job_create_tstamp\n12.5,10\n").Single();

            Assert.Equal(2.5, row.Startup);
            Assert.Null(row.WorkerColdStart);
            Assert.Null(row.WorkerEndTstamp);
            Assert.Null(row.Invoker);
            Assert.Null(row.ToRunContext());
            Assert.Empty(row.Extra);
        }

        [Fact]
        public void Reads_an_empty_optional_cell_as_null()
        {
            var row = Parse("host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp,worker_cold_start\n0,1,,\n").Single();

            Assert.Null(row.WorkerEndTstamp);
            Assert.Null(row.WorkerColdStart);
        }

        [Fact]
        public void Keeps_columns_it_does_not_know_as_extra_in_file_order()
        {
            var row = Parse("host_job_create_tstamp,zeta,worker_start_tstamp,alpha\n0,z,1,a\n").Single();

            Assert.Equal([new("zeta", "z"), new("alpha", "a")], row.Extra);
        }

        [Fact]
        public void Names_the_file_line_and_column_of_a_bad_number()
        {
            string csv = LithopsFixture.Replace(",1700000001.6,", ",soon,", StringComparison.Ordinal);

            var error = Assert.Throws<CsvDataException>(() => Parse(csv));

            Assert.Equal("gran6.csv", error.Source);
            Assert.Equal(3, error.Line);
            Assert.Equal("worker_func_start_tstamp", error.Column);
            Assert.Equal("gran6.csv, line 3, column 'worker_func_start_tstamp': 'soon' is not a number.", error.Message);
        }

        [Fact]
        public void Names_the_column_of_a_bad_boolean()
        {
            string csv = LithopsFixture.Replace(",False,", ",maybe,", StringComparison.Ordinal);

            var error = Assert.Throws<CsvDataException>(() => Parse(csv));

            Assert.Equal("gran6.csv, line 3, column 'worker_cold_start': 'maybe' is not True or False.", error.Message);
        }

        [Fact]
        public void Names_a_required_column_the_header_lacks()
        {
            var error = Assert.Throws<CsvDataException>(() => Parse("host_job_create_tstamp,worker_end_tstamp\n0,1\n"));

            Assert.Equal(1, error.Line);
            Assert.Equal("worker_start_tstamp", error.Column);
        }

        [Fact]
        public void Requires_a_value_in_the_startup_columns()
        {
            var error = Assert.Throws<CsvDataException>(() => Parse("host_job_create_tstamp,worker_start_tstamp\n0,1\n0,\n"));

            Assert.Equal("gran6.csv, line 3, column 'worker_start_tstamp': a number is required.", error.Message);
        }

        [Fact]
        public void Names_the_line_of_a_row_with_too_many_fields()
        {
            var error = Assert.Throws<CsvDataException>(() => Parse("host_job_create_tstamp,worker_start_tstamp\n0,1\n0,1,2\n"));

            Assert.StartsWith("gran6.csv, line 3", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reads_quoted_fields_with_commas_and_quotes()
        {
            var row = Parse("host_job_create_tstamp,worker_start_tstamp,invoker\n0,1,\"a,\"\"b\"\"\"\n").Single();

            Assert.Equal("a,\"b\"", row.Invoker);
        }
    }

    public sealed class ReadFile
    {
        [Fact]
        public void Names_the_path_in_its_errors()
        {
            string path = Path.Combine(Path.GetTempPath(), $"burstsim-{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, "host_job_create_tstamp,worker_start_tstamp\n0,x\n");
            try
            {
                var error = Assert.Throws<CsvDataException>(() => LithopsCsvReader.ReadFile(path));

                Assert.StartsWith(path + ", line 2, column 'worker_start_tstamp'", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Reads_every_row_of_a_file()
        {
            string path = Path.Combine(Path.GetTempPath(), $"burstsim-{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, LithopsFixture);
            try
            {
                Assert.Equal(2, LithopsCsvReader.ReadFile(path).Count);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
