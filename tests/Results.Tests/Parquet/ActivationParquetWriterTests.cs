using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Results.Parquet;
using Burstsim.Results.Tests.Csv;
using Burstsim.Simulator.Platform;
using Parquet;
using Parquet.Schema;

namespace Burstsim.Results.Tests.Parquet;

public sealed class ActivationParquetWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("burstsim-parquet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static RunContext Swept() => SampleActivations.Context().WithSwept("platform.invoker.docker_parallel_runs", "10");

    private static ActivationRecord[] Records() => [SampleActivations.Full(), SampleActivations.Record(1, create: 0.5, invoker: "invoker1", cold: false)];

    private string WriteParquet(string name, RunContext context, params ActivationRecord[] records)
    {
        string path = Path.Combine(_dir, name);
        using (var writer = ActivationParquetWriter.Create(path, context.Swept.Select(p => p.Key)))
        {
            writer.Context = context;
            foreach (var record in records)
            {
                writer.Add(record);
            }
        }

        return path;
    }

    /// <summary>The file read back: its fields, and every row as one object per column.</summary>
    private static async Task<(DataField[] Fields, List<object[]> Rows)> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<object[]>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var columns = new List<Array>();
            foreach (var field in fields)
            {
                columns.Add(field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? await ReadText(group, field) : await ReadValues(group, field));
            }

            for (int r = 0; r < group.RowCount; r++)
            {
                rows.Add([.. columns.Select(c => c.GetValue(r) ?? string.Empty)]);
            }
        }

        return (fields, rows);
    }

    private static async Task<Array> ReadText(ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        await group.ReadAsync(field, values.AsMemory(), null);
        return values;
    }

    private static async Task<Array> ReadValues(ParquetRowGroupReader group, DataField field)
    {
        if (field.IsNullable)
        {
            // Columns the model leaves unset: read as nullable and boxed (null where the CSV cell is empty).
            if (field.ClrType == typeof(long))
            {
                var nl = new long?[group.RowCount];
                await group.ReadAsync<long>(field, nl.AsMemory());
                return nl.Select(v => (object?)v).ToArray();
            }

            var nd = new double?[group.RowCount];
            await group.ReadAsync<double>(field, nd.AsMemory());
            return nd.Select(v => (object?)v).ToArray();
        }

        switch (Type.GetTypeCode(field.ClrType))
        {
            case TypeCode.Double:
                var d = new double[group.RowCount];
                await group.ReadAsync<double>(field, d);
                return d;
            case TypeCode.Int64:
                var l = new long[group.RowCount];
                await group.ReadAsync<long>(field, l);
                return l;
            case TypeCode.UInt64:
                var u = new ulong[group.RowCount];
                await group.ReadAsync<ulong>(field, u);
                return u;
            case TypeCode.Boolean:
                var b = new bool[group.RowCount];
                await group.ReadAsync<bool>(field, b);
                return b;
            default:
                throw new InvalidDataException($"unexpected column type {field.ClrType} of {field.Name}");
        }
    }

    [Fact]
    public async Task Has_the_columns_of_activations_csv_in_the_same_order()
    {
        // Given a run with one swept column
        string path = WriteParquet("a.parquet", Swept(), Records());

        // When the file is read back
        var (fields, _) = await ReadAsync(path);

        // Then its columns are the CSV header's
        Assert.Equal(ActivationColumns.Header(["platform.invoker.docker_parallel_runs"]), fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Holds_the_values_of_activations_csv_typed_instants_in_seconds_counts_as_integers()
    {
        // Given the same records written as CSV and as Parquet
        var context = Swept();
        string path = WriteParquet("a.parquet", context, Records());
        using var text = new StringWriter();
        using (var csv = new ActivationCsvWriter(text, context, leaveOpen: true))
        {
            foreach (var record in Records())
            {
                csv.Add(record);
            }
        }

        var csvRows = text.ToString().TrimEnd('\n').Split('\n').Skip(1).Select(line => line.Split(',')).ToList(); // no cell here needs quoting

        // When the Parquet file is read back
        var (fields, rows) = await ReadAsync(path);

        // Then each cell holds the CSV cell's value with the type a reader infers from it
        Assert.Equal(csvRows.Count, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < fields.Length; c++)
            {
                string cell = csvRows[r][c];
                object value = rows[r][c];
                object expected = value switch
                {
                    double => double.Parse(cell, CultureInfo.InvariantCulture),
                    long => long.Parse(cell, CultureInfo.InvariantCulture),
                    ulong => ulong.Parse(cell, CultureInfo.InvariantCulture),
                    bool => bool.Parse(cell),
                    _ => cell,
                };
                Assert.True(expected.Equals(value), $"row {r}, {fields[c].Name}: CSV '{cell}', Parquet {value} ({value.GetType().Name})");
            }
        }

        Assert.Equal(typeof(double), fields.Single(f => f.Name == "worker_start_tstamp").ClrType);
        Assert.Equal(typeof(long), fields.Single(f => f.Name == "function_id").ClrType);
        Assert.Equal(typeof(bool), fields.Single(f => f.Name == "worker_cold_start").ClrType);
    }

    [Fact]
    public async Task Concatenating_unit_files_keeps_their_rows_in_the_given_order()
    {
        // Given two units' files, the second with more rows than a row group holds
        var second = Enumerable.Range(0, ActivationParquetWriter.RowGroupRows + 5).Select(i => SampleActivations.Record(i)).ToArray();
        string a = WriteParquet("unit-0.parquet", Swept(), SampleActivations.Full());
        string b = WriteParquet("unit-1.parquet", Swept() with { Replication = 1 }, second);

        // When they are joined
        string joined = Path.Combine(_dir, "activations.parquet");
        ActivationParquetWriter.Concatenate(joined, ["platform.invoker.docker_parallel_runs"], [a, b]);

        // Then the rows come in unit order, every one of them
        var (fields, rows) = await ReadAsync(joined);
        int id = Array.FindIndex(fields, f => f.Name == "function_id");
        int replication = Array.FindIndex(fields, f => f.Name == "replication");
        Assert.Equal(second.Length + 1, rows.Count);
        Assert.Equal(7L, rows[0][id]);
        Assert.Equal(Enumerable.Range(0, second.Length).Select(i => (long)i), rows.Skip(1).Select(r => (long)r[id]));
        Assert.All(rows.Skip(1), r => Assert.Equal(1L, r[replication]));
    }

    [Fact]
    public async Task Row_groups_written_while_the_next_one_fills_keep_every_row_in_order()
    {
        // Given more than two row groups of rows that differ in a number, a text and an instant column (each column's
        // two buffers are both filled and reused: the third group fills the buffer the first was written from)
        int count = (2 * ActivationParquetWriter.RowGroupRows) + 7;
        var records = Enumerable.Range(0, count)
            .Select(i => SampleActivations.Record(i, create: i * 0.001, invoker: "invoker" + (i % 5).ToString(CultureInfo.InvariantCulture)))
            .ToArray();

        // When they are written
        string path = WriteParquet("groups.parquet", Swept(), records);

        // Then the file has three row groups and every row its own values, in the order added
        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            Assert.Equal(3, reader.RowGroupCount);
        }

        var (fields, rows) = await ReadAsync(path);
        int id = Array.FindIndex(fields, f => f.Name == "function_id");
        int invoker = Array.FindIndex(fields, f => f.Name == "invoker");
        int create = Array.FindIndex(fields, f => f.Name == "host_job_create_tstamp");
        Assert.Equal(count, rows.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal((long)i, rows[i][id]);
            Assert.Equal("invoker" + (i % 5).ToString(CultureInfo.InvariantCulture), rows[i][invoker]);
            Assert.Equal(SampleActivations.Record(i, create: i * 0.001).HostJobCreate.Seconds, (double)rows[i][create], 9);
        }
    }

    [Fact]
    public void Joining_one_unit_file_gives_that_file_byte_for_byte()
    {
        // Given one unit's file of more than one row group (a run of one unit moves its file into place instead of joining it)
        var rows = Enumerable.Range(0, ActivationParquetWriter.RowGroupRows + 5).Select(i => SampleActivations.Record(i, create: i * 0.001)).ToArray();
        string unit = WriteParquet("unit-0.parquet", Swept(), rows);

        // When it is joined alone, as a run of several units joins each
        string joined = Path.Combine(_dir, "activations.parquet");
        ActivationParquetWriter.Concatenate(joined, ["platform.invoker.docker_parallel_runs"], [unit]);

        // Then the join wrote the same bytes: moving the file changes no output
        Assert.Equal(File.ReadAllBytes(unit), File.ReadAllBytes(joined));
    }
}
