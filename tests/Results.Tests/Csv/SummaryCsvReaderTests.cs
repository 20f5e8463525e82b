using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class SummaryCsvReaderTests
{
    private static IReadOnlyList<SummaryRow> Parse(string csv) => SummaryCsvReader.Read(new StringReader(csv), "summary.csv");

    public sealed class Read
    {
        [Fact]
        public void Reads_back_what_the_writer_wrote()
        {
            var rows = new[]
            {
                SummaryCsvWriterTests.Row(SampleActivations.Context("classic/sharding").WithSwept("platform.docker.parallel_runs", "10"), p50: 5.25),
                SummaryCsvWriterTests.Row(SampleActivations.Context("burst/homogeneous", replication: 1).WithSwept("platform.docker.parallel_runs", "20")),
            };
            using var text = new StringWriter();
            SummaryCsvWriter.Write(text, rows);

            var read = Parse(text.ToString());

            // Values pass through 6 decimals, so compare what survives that rounding.
            Assert.Equal(rows.Select(Rounded), read);
        }

        [Fact]
        public void Reads_an_empty_number_as_NaN_and_leaves_empty_swept_cells_out()
        {
            using var text = new StringWriter();
            SummaryCsvWriter.Write(text, [
                SummaryCsvWriterTests.Row(SampleActivations.Context().WithSwept("a", "1"), p50: double.NaN),
                SummaryCsvWriterTests.Row(SampleActivations.Context(replication: 1)),
            ]);

            var read = Parse(text.ToString());

            Assert.True(double.IsNaN(read[0].StartupP50S));
            Assert.Equal([new("a", "1")], read[0].Context.Swept);
            Assert.Empty(read[1].Context.Swept);
        }

        [Fact]
        public void Accepts_a_file_with_only_the_contract_columns()
        {
            const string csv =
                "scenario,policy,granularity,replication,seed,functions,makespan_s,startup_p50_s,startup_p95_s," +
                "startup_p99_s,startup_max_s,peak_concurrency,containers,cold_starts\n" +
                "s,classic/sharding,1,0,18446744073709551615,3,1,1,1,1,1,3,3,3\n";

            var row = Parse(csv).Single();

            Assert.Equal(ulong.MaxValue, row.Context.Seed);
            Assert.True(double.IsNaN(row.StartupMeanS));
            Assert.Equal(0, row.InvokersUsed);
        }

        [Fact]
        public void Names_the_line_and_column_of_a_bad_count()
        {
            const string csv =
                "scenario,policy,granularity,replication,seed,functions,makespan_s,startup_p50_s,startup_p95_s," +
                "startup_p99_s,startup_max_s,peak_concurrency,containers,cold_starts\n" +
                "s,classic/sharding,1,0,1,3,1,1,1,1,1,3,3,3\n" +
                "s,classic/sharding,1,1,1,3,1,1,1,1,1,2.5,3,3\n";

            var error = Assert.Throws<CsvDataException>(() => Parse(csv));

            Assert.Equal("summary.csv, line 3, column 'peak_concurrency': '2.5' is not a whole number.", error.Message);
        }

        [Fact]
        public void Names_a_contract_column_the_header_lacks()
        {
            var error = Assert.Throws<CsvDataException>(() => Parse("scenario,policy\ns,p\n"));

            Assert.Equal("granularity", error.Column);
        }
    }

    private static SummaryRow Rounded(SummaryRow row) => row with
    {
        MakespanS = Math.Round(row.MakespanS, 6),
        StartupP50S = Math.Round(row.StartupP50S, 6),
        StartupP95S = Math.Round(row.StartupP95S, 6),
        StartupP99S = Math.Round(row.StartupP99S, 6),
        StartupMaxS = Math.Round(row.StartupMaxS, 6),
        StartupMeanS = Math.Round(row.StartupMeanS, 6),
    };
}
