using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Outputs are staged beside DIR and renamed into place: a failed run never half-writes DIR, and stale staging folders are cleared and reported.</summary>
public sealed class OutputFolderTests
{
    public sealed class An_out_that_cannot_be_a_folder
    {
        [Fact]
        public void Below_a_file_is_refused_before_running_without_a_stack_trace()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            folder.Write("plain", "not a folder");

            var result = Shell.Run("run", file, "--out", folder["plain/out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out: cannot write to", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["plain", "s.yaml"], folder.Entries());
        }

        [LinuxFact]
        public void Under_proc_is_refused_naming_out()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", "/proc/burstsim-cannot-write-here", "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out: cannot write to /proc/burstsim-cannot-write-here: cannot create files in /proc", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(".burstsim-", result.Stderr, StringComparison.Ordinal); // the internal staging name stays internal
        }

        [Fact]
        public void Given_as_the_root_is_refused()
        {
            var result = Shell.Run("run", "single-invoker-30", "--out", "/", "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("root of the filesystem", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Given_as_an_empty_string_gets_a_plain_message()
        {
            var result = Shell.Run("run", "single-invoker-30", "--out", string.Empty);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("--out: '' is not a folder path", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void For_bench_is_refused_before_measuring()
        {
            using var folder = new TempFolder();
            string file = folder.Write("bench.csv", "old");

            var result = Shell.Run("bench", "--quick", "--out", file);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("is a file; give a folder", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal("old", File.ReadAllText(file));
        }
    }

    public sealed class A_write_that_fails
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Names_out_and_leaves_nothing_even_when_parallel_runs_wrapped_it(bool wrapped)
        {
            using var folder = new TempFolder();
            var full = new IOException("No space left on device");

            var error = Assert.Throws<InputException>(() => OutputFolder.Write<int>(folder["out"], _ => throw (wrapped ? new AggregateException(new InvalidOperationException("other"), full) : full)));

            Assert.Equal("--out", error.Field);
            Assert.Contains("No space left on device", error.Message);
            Assert.Contains("free space or choose another folder", error.Message);
            Assert.Empty(folder.Entries());
        }
    }

    public sealed class A_staging_folder_left_by_a_killed_run
    {
        [Fact]
        public void Is_removed_by_the_next_run_which_says_so()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            folder.Write(".out.burstsim-0123456789abcdef/activations.csv", "half written");
            folder.Write(".out.burstsim-999999999-feedface/summary.csv", "half written");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains(".out.burstsim-0123456789abcdef", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("left by an interrupted run", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(folder.Entries(), e => e.StartsWith(".out.", StringComparison.Ordinal));
        }

        [Fact]
        public void Of_a_run_still_going_is_left_alone()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            string live = $".out.burstsim-{Environment.ProcessId}-feedface";
            folder.Write($"{live}/activations.csv", "being written");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.True(Directory.Exists(folder[live]));
        }
    }

    public sealed class A_run_refused_or_failed
    {
        [Fact]
        public void Keeps_the_old_results_and_leaves_no_staging_folder()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            var first = Shell.Run("run", file, "--out", folder["out"], "--no-figures");
            Assert.True(first.ExitCode == ExitCodes.Ok, first.ToString());
            string before = File.ReadAllText(folder["out/summary.csv"]);

            var refused = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--set", "workload.functions=1000000000", "--set", "platform.burst_no_fit=reject");

            Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
            Assert.Equal(before, File.ReadAllText(folder["out/summary.csv"]));
            Assert.DoesNotContain(folder.Entries(), e => e.Contains(".burstsim-", StringComparison.Ordinal));
        }

        [Fact]
        public void By_an_internal_error_keeps_the_old_results_byte_for_byte_and_leaves_no_staging_folder()
        {
            using var folder = new TempFolder();
            using var before = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);
            var first = Shell.Run("run", file, "--out", folder["out"]);
            Assert.True(first.ExitCode == ExitCodes.Ok, first.ToString());
            foreach (string entry in Directory.EnumerateFiles(folder["out"], "*", SearchOption.AllDirectories))
            {
                string copy = before[Path.GetRelativePath(folder["out"], entry)];
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(entry, copy);
            }

            var failed = Shell.Run("run", file, "--out", folder["out"], "--plugin", ModelFaultTests.ThisAssembly, "--policy", "classic", "classic:throws", "--threads", "2");

            Assert.True(failed.ExitCode == ExitCodes.InternalError, failed.ToString());
            Assert.StartsWith("internal error in ", failed.Stderr, StringComparison.Ordinal);
            FolderAssert.Identical(before.Path, folder["out"]);
            Assert.DoesNotContain(folder.Entries(), e => e.Contains(".burstsim-", StringComparison.Ordinal));
        }
    }
}
