using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Issue 25 (hostile10b F3): a named pipe (FIFO) that no process writes, given as any input, is refused by its type
/// before it is opened, since the open would wait for a writer for ever; every command and reader that takes a path
/// goes through the one check (FileInput.Special). A shell's pipe (/dev/fd/N, /dev/stdin) stays readable where the
/// input is read once (import, validate and calibrate --real) and is refused where it is read twice (traces).
/// </summary>
public sealed class SpecialInputFileTests
{
    private const string Lithops =
        "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n" +
        "1700000000.0,1700000001.5,1700000006.6\n" +
        "1700000000.0,1700000001.7,1700000006.8\n";

    /// <summary>Every way a path reaches burstsim: the field named in the message, and the command (FIFO = the pipe, OUT = --out).</summary>
    public static TheoryData<string, string> Inputs() => new()
    {
        { "FILES", "trace stats FIFO --out OUT" },
        { "FILES", "trace sample FIFO --functions 1 --out OUT" },
        { "workload.path", "run YAML --out OUT --no-figures" },
        { "FILE", "import FIFO --out OUT" },
        { "--real", "validate --scenario thesis-sleep-120 --real FIFO --out OUT" },
        { "--real", "calibrate --scenario thesis-sleep-120 --fit platform.client.monitoring_interval_s --real FIFO --out OUT" },
        { "scenario", "run FIFO --out OUT --no-figures" },
        { "--overlay", "run thesis-sleep-120 --overlay FIFO --out OUT --no-figures" },
        { "--plugin", "run thesis-sleep-120 --plugin FIFO --out OUT --no-figures" },
        { "--baseline", "check --baseline FIFO" },
        { "--suite", "validate --suite FIFO --quick --out OUT" },
        { "--docs", "validate --suite --quick --docs FIFO --out OUT" },
    };

    [LinuxTheory]
    [MemberData(nameof(Inputs))]
    public void A_named_pipe_without_a_writer_is_refused_before_it_is_opened(string field, string command)
    {
        using var folder = new TempFolder();
        string fifo = MakeFifo(folder, "in.csv");
        string yaml = folder.Write("s.yaml", "cluster: {count: 2, cpus: 16}\nworkload: {type: trace, path: in.csv}\n");
        string[] before = folder.Entries();
        string[] args = [.. command.Split(' ').Select(a => a switch { "FIFO" => fifo, "YAML" => yaml, "OUT" => folder["out"], _ => a })];

        var result = Shell.Run(args);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {field}", line, StringComparison.Ordinal);
        Assert.Contains($"{fifo} is a pipe or a device (a named pipe (FIFO)), not a file", line, StringComparison.Ordinal);
        Assert.Contains("write it to a file first", line, StringComparison.Ordinal);
        Assert.Equal(before, folder.Entries());
    }

    [LinuxFact]
    public void A_shells_pipe_is_imported_as_it_is_read_once()
    {
        using var folder = new TempFolder();
        using var pipe = ShellPipe(Lithops, out string path);

        var result = Shell.Run("import", path, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(3, File.ReadAllLines(folder["out/activations.csv"]).Length);
    }

    [LinuxFact]
    public void A_shells_pipe_is_refused_as_a_trace_which_is_read_twice()
    {
        using var folder = new TempFolder();
        using var pipe = ShellPipe("app,func,end_timestamp,duration\na,f,10,0.5\n", out string path);

        var result = Shell.Run("trace", "stats", path, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: FILES: {path} is a pipe or a device (a shell's pipe), not a file, and burstsim reads a trace more than once; write it to a file first (e.g. zcat trace.csv.gz > trace.csv)", line);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [LinuxFact]
    public void A_device_is_refused_by_its_type_wherever_a_file_is_named()
    {
        using var folder = new TempFolder();

        var result = Shell.Run("run", "thesis-sleep-120", "--overlay", "/dev/zero", "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.StartsWith("error: --overlay: /dev/zero is a pipe or a device (a character device), not a file", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    private static string MakeFifo(TempFolder folder, string name)
    {
        string fifo = folder[name];
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return fifo;
    }

    /// <summary>
    /// An anonymous pipe holding <paramref name="text"/> (writer closed), reached as /proc/self/fd/N like the
    /// /dev/fd/63 of <c>&lt;(cat file)</c>. Small text fits the pipe's buffer, so the write does not wait for a reader.
    /// </summary>
    private static SafePipeHandle ShellPipe(string text, out string path)
    {
        SafePipeHandle reader;
        using (var server = new AnonymousPipeServerStream(PipeDirection.Out))
        {
            reader = server.ClientSafePipeHandle; // exposed: disposing the server closes only the writing end
            server.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        path = $"/proc/self/fd/{reader.DangerousGetHandle()}";
        Assert.True(FileKind.IsAnonymousPipe(path), path);
        return reader;
    }
}
