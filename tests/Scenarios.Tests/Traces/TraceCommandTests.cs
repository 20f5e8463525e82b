using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Scenarios.Tests.Workloads;
using Burstsim.Simulator.Engine;

namespace Burstsim.Scenarios.Tests.Traces;

/// <summary><c>trace stats</c> and <c>trace sample</c> on small traces of every format: what they print and write, read back by the replay's readers, and what they refuse.</summary>
public sealed class TraceCommandTests
{
    public static TheoryData<string> Formats() => [.. TraceFixtures.Formats];

    /// <summary>Each function's calls as <c>trace stats --out</c> writes them in trace-functions.csv.</summary>
    private static Dictionary<string, long> Functions(TempFolder folder, IReadOnlyList<string> files)
    {
        string dir = folder[$"stats-{Guid.NewGuid():N}"];
        var result = Shell.Run(["trace", "stats", .. files, "--out", dir]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return File.ReadAllLines(Path.Combine(dir, "trace-functions.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[^5], c => long.Parse(c[^4], CultureInfo.InvariantCulture));
    }

    /// <summary>The sampled trace's files, in the order of <paramref name="files"/> (Huawei's share a name, so they keep their folder).</summary>
    private static string[] Sampled(string output, string[] files)
    {
        bool clash = files.Select(Path.GetFileName).Distinct().Count() < files.Length;
        return [.. files.Select(f => Path.Combine(output, clash ? Path.Combine(Path.GetFileName(Path.GetDirectoryName(f))!, Path.GetFileName(f)) : Path.GetFileName(f)))];
    }

    private static int Replayed(TempFolder folder, string workload)
    {
        string file = folder.Write($"replay-{Guid.NewGuid():N}.yaml", $"cluster: thesis\nworkload:\n{workload}\npolicies: [classic]\n");
        return ScenarioLoader.Load(file, []).Cases[0].Workload.Jobs(new RandomStreams(1), 512).Count;
    }

    public sealed class Stats
    {
        [Fact]
        public void Measures_each_function_as_the_replay_keeps_it()
        {
            using var folder = new TempFolder();
            var (invocations, durations, memory) = AzureFixture.Write(folder);
            var result = Shell.Run("trace", "stats", invocations, durations, memory, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            // f3 has no durations and f4 no calls: the replay leaves both out, and so do the stats.
            Assert.Contains("2 functions, 9 invocations over 1440 min", result.Stdout, StringComparison.Ordinal);
            Assert.All(result.Stdout.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)), line => Assert.True(line.Length <= 80, line));
            string[] f1 = File.ReadAllLines(folder["out/trace-functions.csv"]).Single(l => l.Contains("o1/app1/f1", StringComparison.Ordinal)).Split(',');

            // Mean of the percentile curve (linear between percentiles): 1130.5 ms; app1's memory curve: 149.45 MB.
            Assert.Equal(["5", (5 / 1440.0).ToString("R", CultureInfo.InvariantCulture)], f1[^4..^2]);
            Assert.Equal(1.1305, double.Parse(f1[^2], CultureInfo.InvariantCulture), 9);
            Assert.Equal(149.45, double.Parse(f1[^1], CultureInfo.InvariantCulture), 9);
            Assert.EndsWith(",", File.ReadAllLines(folder["out/trace-functions.csv"]).Single(l => l.Contains("o2/app2/f2", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.True(File.Exists(folder["out/figures/trace-stats.svg"]));
            Assert.Contains("rate (calls/min)", File.ReadAllText(folder["out/figures/trace-stats.csv"]), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Formats), MemberType = typeof(TraceCommandTests))]
        public void Reads_every_format(string format)
        {
            using var folder = new TempFolder();
            var calls = Functions(folder, TraceFixtures.Write(folder, format));
            long[] expected = format == "azure" ? [4, 5] : [.. Enumerable.Range(0, 5).Select(k => (long)TraceFixtures.Calls(k))];
            Assert.Equal(expected.Order(), calls.Values.Order());
        }
    }

    public sealed class Sample
    {
        [Theory]
        [MemberData(nameof(Formats), MemberType = typeof(TraceCommandTests))]
        public void Writes_the_same_format_with_the_calls_it_claims(string format)
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, format);
            int n = format == "azure" ? 1 : 3;
            var result = Shell.Run(["trace", "sample", .. files, "--functions", n.ToString(CultureInfo.InvariantCulture), "--scale", "2.5", "--seed", "7", "--out", folder["out"]]);
            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());

            var original = Functions(folder, files);
            string[] sampledFiles = Sampled(folder["out"], files);
            var sampled = Functions(folder, sampledFiles);
            Assert.Equal(n, sampled.Count);
            long total = 0;
            foreach (var (key, calls) in sampled)
            {
                long expected = Math.Max(1, (long)Math.Round(original[key] * 2.5, MidpointRounding.AwayFromZero));
                Assert.Equal(expected, calls);
                total += calls;
            }

            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"scaled by 2.5 to {total:N0},"), result.Stdout, StringComparison.Ordinal);
            Assert.Equal(total, Replayed(folder, TraceFixtures.Workload(format, sampledFiles)));
            Assert.All(result.Stdout.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)), line => Assert.True(line.Length <= 80, line));
            string figures = Path.Combine(folder["out"], "figures");
            Assert.Equal(sampledFiles.Order(StringComparer.Ordinal), Directory.GetFiles(folder["out"], "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(figures, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Contains("wasserstein_log10", File.ReadAllText(folder["out/figures/sample-distances.csv"]), StringComparison.Ordinal);
        }

        [Fact]
        public void Without_scale_keeps_the_chosen_functions_rows_unchanged()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "azure-2021");
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "5", "--out", folder["out"]]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(File.ReadAllText(files[0]).ReplaceLineEndings("\n").TrimEnd(), File.ReadAllText(folder["out/azure-2021.csv"]).TrimEnd());
            Assert.Contains("rate (calls/min)                            0                    0", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Same_seed_same_bytes()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "huawei-requests");
            string[] Run(string output)
            {
                var result = Shell.Run(["trace", "sample", .. files, "--functions", "2", "--scale", "0.5", "--seed", "3", "--out", folder[output]]);
                Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
                return [.. Directory.GetFiles(folder[output], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
            }

            Assert.Equal(Run("a"), Run("b"));
        }

        [Fact]
        public void Halving_thins_each_minute_with_the_rounding_carried()
        {
            using var folder = new TempFolder();
            var (invocations, durations, memory) = AzureFixture.Write(folder);
            var result = Shell.Run("trace", "sample", invocations, durations, memory, "--functions", "2", "--scale", "0.5", "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string[] rows = File.ReadAllLines(folder["out/invocations.csv"]);
            // f1: 3 calls in minute 1 and 2 in minute 3 -> round(0.5 x 3) = 2, then round(0.5 x 5) - 2 = 1; f2: 4 in minute 2 -> 2.
            Assert.StartsWith("o1,app1,f1,http,2,0,1,0", rows[1], StringComparison.Ordinal);
            Assert.StartsWith("o2,app2,f2,queue,0,2,0", rows[2], StringComparison.Ordinal);
            Assert.Equal(3, rows.Length);
            Assert.Equal(2, File.ReadAllLines(folder["out/durations.csv"]).Length - 1);
            Assert.Single(File.ReadAllLines(folder["out/memory.csv"]).Skip(1));
        }
    }

    /// <summary>The tables docs/scenarios.md shows for the catalogue's Azure day are what the commands print now.</summary>
    [Trait("Category", "Docs")]
    public sealed class Docs
    {
        [Fact]
        public void The_shown_stats_and_sample_tables_are_regenerated()
        {
            using var folder = new TempFolder();
            string[] files = [.. new[] { "invocations_per_function_md", "function_durations_percentiles", "app_memory_percentiles" }
                .Select(f => Repository.File($"Scenarios/catalogue/data/azure-keepalive/{f}.anon.d01.csv"))];
            string doc = File.ReadAllText(Repository.File("docs/scenarios.md"));
            var stats = Shell.Run(["trace", "stats", .. files]);
            var sample = Shell.Run(["trace", "sample", .. files, "--functions", "20", "--scale", "2", "--out", folder["out"]]);

            foreach (string line in (stats.Stdout + sample.Stdout).Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)))
            {
                Assert.True(doc.Contains(line + "\n", StringComparison.Ordinal), $"docs/scenarios.md does not show '{line}' (regenerate the trace section's tables)");
            }
        }
    }

    public sealed class Refuses
    {
        public static TheoryData<string, string[], string> Hostile() => new()
        {
            { "more functions than the trace has", ["--functions", "6"], "--functions: 6 is more than the trace's 5 functions" },
            { "no functions", ["--functions", "0"], "--functions: 0 functions; give at least 1" },
            { "a scale of 0", ["--functions", "2", "--scale", "0"], "--scale: 0 is not a finite number above 0" },
            { "a negative scale", ["--functions", "2", "--scale", "-2"], "--scale: -2 is not a finite number above 0" },
            { "an infinite scale", ["--functions", "2", "--scale", "Infinity"], "--scale: Infinity is not a finite number above 0" },
            { "a scale past what a run can number", ["--functions", "2", "--scale", "1e12"], "--scale: 1000000000000 makes" },
            { "no trials", ["--functions", "2", "--trials", "0"], "--trials: 0; give 1 to 10000" },
            { "trials without end", ["--functions", "2", "--trials", "1000000000"], "--trials: 1000000000; give 1 to 10000" },
        };

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Bad_options_with_exit_2_and_nothing_written(string why, string[] options, string message)
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "alibaba-fc");
            var result = Shell.Run(["trace", "sample", .. files, .. options, "--out", folder["out"]]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, $"{why}: {result}");
            Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.Trim().Split('\n'));
            Assert.False(Directory.Exists(folder["out"]), why);
            Assert.Equal(["in", "in/alibaba-fc.csv"], folder.Entries());
        }

        [Fact]
        public void A_bad_cell_naming_the_file_line_and_column()
        {
            using var folder = new TempFolder();
            string file = folder.Write("t.csv", "app,func,end_timestamp,duration\na,f,10,0.5\na,f,twelve,0.5\n");
            var result = Shell.Run("trace", "sample", file, "--functions", "1", "--out", folder["out"]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains($"{file}, line 3, column 'end_timestamp': 'twelve' is not a number", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        public static TheoryData<string, string, string> BadFiles() => new()
        {
            { "an unknown format", "x.csv:a,b,c\n1,2,3\n", "x.csv: no trace format burstsim reads has the header 'a,b,c'" },
            { "an empty file", "x.csv:", "x.csv is empty; a trace file starts with its header line" },
            { "a missing file", "", "missing.csv does not exist" },
            { "an Azure day without durations", "invocations_per_function_md.anon.d05.csv:HashOwner,HashApp,HashFunction,Trigger,1\no,a,f,http,1\n", "the Azure 2019 day d05 lacks its function_durations_percentiles file" },
            { "a Huawei delay table alone", "function_delay_minute/day_01.csv:day,time,fn0\n0,0,5\n", "a Huawei function delay table without the requests table" },
        };

        [Theory]
        [MemberData(nameof(BadFiles))]
        public void Bad_files_with_exit_2_naming_the_file(string why, string file, string message)
        {
            using var folder = new TempFolder();
            string path = file.Length == 0 ? folder["missing.csv"] : folder.Write(file[..file.IndexOf(':', StringComparison.Ordinal)], file[(file.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            foreach (string command in new[] { "stats", "sample" })
            {
                var result = Shell.Run(command == "stats" ? ["trace", "stats", path, "--out", folder["out"]] : ["trace", "sample", path, "--functions", "1", "--out", folder["out"]]);
                Assert.True(result.ExitCode == ExitCodes.BadInput, $"{why} ({command}): {result}");
                Assert.Contains("FILES: ", result.Stderr, StringComparison.Ordinal);
                Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
                Assert.False(Directory.Exists(folder["out"]));
            }
        }

        [Fact]
        public void An_output_folder_that_would_replace_the_trace()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            string before = File.ReadAllText(files[0]);
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "2", "--out", folder["in"]]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--out: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("an input of this run, which the output trace.csv would replace", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(files[0]));
        }

        [Fact]
        public void An_output_folder_that_is_a_link_to_the_traces_folder()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            string before = File.ReadAllText(files[0]);
            Directory.CreateSymbolicLink(folder["link"], folder["in"]);
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "2", "--out", folder["link"]]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("an input of this run", result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.Trim().Split('\n'));
            Assert.Equal(before, File.ReadAllText(files[0]));
            Assert.Equal(["in", "in/trace.csv", "link", "link/trace.csv"], folder.Entries());
        }

        [Fact]
        public void A_trace_given_by_a_link_to_a_file_in_the_output_folder()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            string before = File.ReadAllText(files[0]);
            Directory.CreateDirectory(folder["links"]);
            File.CreateSymbolicLink(folder["links/trace.csv"], files[0]);
            var result = Shell.Run("trace", "sample", folder["links/trace.csv"], "--functions", "2", "--out", folder["in"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("an input of this run", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllText(files[0]));
        }

        [Theory]
        [InlineData("trace-functions.csv")]
        [InlineData("trace-stats.csv")]
        public void Stats_into_a_folder_holding_an_input_of_an_output_name(string name)
        {
            using var folder = new TempFolder();
            string file = folder["in/" + name];
            File.Move(TraceFixtures.Write(folder, "trace")[0], file);
            string before = File.ReadAllText(file);
            var result = Shell.Run("trace", "stats", file, "--out", folder["in"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.StartsWith("error: --out: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("choose another --out", result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.Trim().Split('\n'));
            Assert.Equal(before, File.ReadAllText(file));
            Assert.Equal(["in", "in/" + name], folder.Entries());
        }

        [Fact]
        public void Stats_into_a_file_before_reading_the_trace()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            string target = folder.Write("out.txt", "keep");
            var result = Shell.Run(["trace", "stats", .. files, "--out", target]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("--out: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("is a file; give a folder", result.Stderr, StringComparison.Ordinal);
            Assert.Equal("keep", File.ReadAllText(target));
        }

        [Theory]
        [MemberData(nameof(Formats), MemberType = typeof(TraceCommandTests))]
        public void A_trace_with_a_header_and_no_rows(string format)
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, format);
            foreach (string file in files)
            {
                File.WriteAllText(file, File.ReadLines(file).First() + "\n");
            }

            foreach (string command in new[] { "stats", "sample" })
            {
                var result = Shell.Run(command == "stats" ? ["trace", "stats", .. files, "--out", folder["out"]] : ["trace", "sample", .. files, "--functions", "1", "--out", folder["out"]]);
                Assert.True(result.ExitCode == ExitCodes.BadInput, $"{format} ({command}): {result}");
                Assert.StartsWith("error: FILES: ", result.Stderr, StringComparison.Ordinal);
                Assert.Contains($"{files[0]}", result.Stderr, StringComparison.Ordinal);
                Assert.Contains("has no invocations", result.Stderr, StringComparison.Ordinal);
                Assert.Contains("give a trace with at least one call", result.Stderr, StringComparison.Ordinal);
                Assert.Single(result.Stderr.Trim().Split('\n'));
                Assert.False(Directory.Exists(folder["out"]));
            }
        }

        [Fact]
        public void An_unknown_option_as_such_with_the_whole_command_in_the_help_hint()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "2", "--bogus", "--out", folder["out"]]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("'--bogus' is not an option of 'sample'", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("does not exist", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("(see 'burstsim trace sample --help')", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));

            var stats = Shell.Run("trace", "stats");
            Assert.Equal(ExitCodes.BadInput, stats.ExitCode);
            Assert.Contains("(see 'burstsim trace stats --help')", stats.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void A_scale_past_any_run_with_a_short_count()
        {
            using var folder = new TempFolder();
            string[] files = TraceFixtures.Write(folder, "trace");
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "2", "--scale", "1e300", "--out", folder["out"]]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--scale: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("more than the 2147483647 one run can number", result.Stderr, StringComparison.Ordinal);
            Assert.True(result.Stderr.Length < 300, result.Stderr);
        }

        [Fact]
        public void A_binary_file_without_echoing_its_bytes()
        {
            using var folder = new TempFolder();
            string file = folder.Write("blob.bin", "\u001b[2J\u0007" + new string('\u0001', 200) + "\n");
            var result = Shell.Run("trace", "stats", file);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.True(result.Stderr.Contains("no trace format burstsim reads has the header '?[2J?", StringComparison.Ordinal), result.Stderr);
            Assert.DoesNotContain(result.Stderr, c => char.IsControl(c) && c != '\n' && c != '\r');
            Assert.True(result.Stderr.Length < 600, result.Stderr);
        }

        [Fact]
        public void Two_traces_at_once()
        {
            using var folder = new TempFolder();
            string[] files = [.. TraceFixtures.Write(folder, "trace"), .. TraceFixtures.Write(folder, "azure-2021")];
            var result = Shell.Run(["trace", "sample", .. files, "--functions", "1", "--out", folder["out"]]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("FILES: 2 traces given", result.Stderr, StringComparison.Ordinal);
        }
    }
}
