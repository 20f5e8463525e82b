using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

/// <summary>Real Lithops exports as they come: epoch seconds, padded headers and values, extra columns, and a file without its header.</summary>
public sealed class RealLithopsFormatTests
{
    private static List<LithopsRow> Parse(string csv) => [.. LithopsCsvReader.Read(new StringReader(csv), "real.csv")];

    [Fact]
    public void Padded_headers_and_values_are_trimmed_and_epoch_seconds_kept()
    {
        var rows = Parse(
            "  host_job_create_tstamp , worker_start_tstamp ,worker_cold_start , worker_func_exec_time\n" +
            " 1700487727.954002 ,  1700487731.450654  ,  True ,   \n");

        var row = Assert.Single(rows);
        Assert.Equal(1700487727.954002, row.HostJobCreateTstamp);
        Assert.Equal(3.496652, row.Startup, 6);
        Assert.True(row.WorkerColdStart);
        Assert.Null(row.WorkerFuncExecTime); // a cell of spaces is an empty cell
    }

    [Fact]
    public void Extra_columns_such_as_hostname_are_kept_by_name()
    {
        var rows = Parse(
            "host_job_create_tstamp,hostname,worker_start_tstamp,call_id\n" +
            "1700000000.0,node-7 ,1700000001.5,00042\n");

        var row = Assert.Single(rows);
        Assert.Equal([new("hostname", "node-7"), new("call_id", "00042")], row.Extra);
    }

    [Fact]
    public void A_file_without_its_header_line_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<CsvDataException>(() => Parse("1700000000.0,0.006,1008,751\n1700000000.0,0.006,1008,751\n"));

        Assert.Contains("real.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("no header line", error.Message, StringComparison.Ordinal);
        Assert.Contains("host_job_create_tstamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headerless_file_whose_first_row_repeats_a_value_is_called_headerless_not_a_duplicate_column()
    {
        // As in the public burst-validation-results export gran48noheader.csv: padded cells, several zeros in one row.
        var error = Assert.Throws<CsvDataException>(() => Parse(
            "    1700643088.8627017 ,    0.042151 ,   10304 ,   0 ,   0.035927 ,   0 , 1700643090.2948833\n" +
            "    1700643088.8627017 ,    0.042151 ,   10304 ,   0 ,   0.035927 ,   0 , 1700643090.3011111\n"));

        Assert.Contains("no header line", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("appears twice in the header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Throws<CsvDataException>(() => Parse(string.Empty));
    }
}
