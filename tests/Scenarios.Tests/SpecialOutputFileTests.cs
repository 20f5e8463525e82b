using System.Diagnostics;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// --junit and calibrate --out given a link, a device or a FIFO: a link's target is updated and the link kept; a
/// special file is written in place, never replaced by a regular file. Devices are made with mknod in a temp folder
/// (never /dev itself) and a full disk is a 16 KB tmpfs, so a broken build cannot harm the machine.
/// </summary>
public sealed class SpecialOutputFileTests
{
    [Fact]
    public void A_link_keeps_being_a_link_and_its_target_gets_the_text()
    {
        using var folder = new TempFolder();
        folder.Write("real/junit.xml", "old");
        Directory.CreateDirectory(folder["ci"]);
        File.CreateSymbolicLink(folder["ci/junit.xml"], Path.Combine("..", "real", "junit.xml"));

        OutputFile.Write("--junit", folder["ci/junit.xml"], w => w.Write("<testsuites/>"));

        Assert.Equal(Path.Combine("..", "real", "junit.xml"), new FileInfo(folder["ci/junit.xml"]).LinkTarget);
        Assert.Equal("<testsuites/>", File.ReadAllText(folder["real/junit.xml"]));
        Assert.Equal(["ci", Path.Combine("ci", "junit.xml"), "real", Path.Combine("real", "junit.xml")], folder.Entries());
    }

    [Fact]
    public void A_dangling_link_creates_its_target_as_a_shell_redirect_does()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder["calibrated.yaml"], folder["kept/calibrated.yaml"]);

        OutputFile.Write("--out", folder["calibrated.yaml"], w => w.Write("a: 1\n"));

        Assert.NotNull(new FileInfo(folder["calibrated.yaml"]).LinkTarget);
        Assert.Equal("a: 1\n", File.ReadAllText(folder["kept/calibrated.yaml"]));
    }

    [Fact]
    public void A_link_to_a_folder_is_refused_as_a_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["reports"]);
        File.CreateSymbolicLink(folder["junit.xml"], folder["reports"]);

        var e = Assert.Throws<InputException>(() => OutputFile.Check("--junit", folder["junit.xml"]));

        Assert.StartsWith("--junit", e.Message, StringComparison.Ordinal);
        Assert.Contains(folder["reports"] + " is a folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_of_links_is_refused_with_the_option_named()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder["a.xml"], folder["b.xml"]);
        File.CreateSymbolicLink(folder["b.xml"], folder["a.xml"]);

        var e = Assert.Throws<InputException>(() => OutputFile.Check("--junit", folder["a.xml"]));

        Assert.StartsWith($"--junit: cannot write {folder["a.xml"]}: more than 40 symbolic links in a row", e.Message, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_redirected_stdout_named_through_proc_gets_the_report_after_what_was_printed()
    {
        // /dev/stdout > out.txt is /proc/self/fd/1 -> out.txt: a rename would unlink the shell's file and lose the report.
        using var folder = new TempFolder();
        using var stdout = new FileStream(folder["out.txt"], FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        stdout.Write("table\n"u8);
        stdout.Flush();
        string named = $"/proc/self/fd/{stdout.SafeFileHandle.DangerousGetHandle()}";

        OutputFile.Write("--junit", named, w => w.Write("<testsuites/>"));

        Assert.Equal("table\n<testsuites/>", File.ReadAllText(folder["out.txt"]));
        Assert.Equal(["out.txt"], folder.Entries());
    }

    [LinuxFact(Root = true)]
    public void A_character_device_is_written_in_place_and_stays_a_device()
    {
        using var folder = new TempFolder();
        string sink = Mknod(folder, "null", 1, 3);

        OutputFile.Write("--junit", sink, w => w.Write("<testsuites/>"));

        Assert.True(FileKind.IsSpecial(sink), $"{sink} was replaced by a regular file");
        Assert.Equal(["null"], folder.Entries());
    }

    [LinuxFact(Root = true)]
    public void A_full_device_fails_with_no_space_named_with_the_option_and_leaves_nothing_beside_it()
    {
        using var folder = new TempFolder();
        string full = Mknod(folder, "full", 1, 7);

        var e = Assert.Throws<InputException>(() => OutputFile.Write("--out", full, w => w.Write(new string('x', 100_000))));

        Assert.StartsWith($"--out: writing {full} failed: no space left on the device", e.Message, StringComparison.Ordinal);
        Assert.True(FileKind.IsSpecial(full), $"{full} was replaced by a regular file");
        Assert.Equal(["full"], folder.Entries());
    }

    [LinuxFact(Root = true)]
    public void The_check_command_writes_its_report_into_a_device_and_exits_0()
    {
        using var folder = new TempFolder();
        folder.Write("small-sleep.yaml", SmallScenarios.Sleep);
        var recorded = Shell.Run("check", "--baseline", folder["baselines"], "--scenario", folder["small-sleep.yaml"], "--update", "--replications", "3");
        Assert.True(recorded.ExitCode == ExitCodes.Ok, recorded.ToString());
        Directory.CreateDirectory(folder["dev"]);
        string sink = Mknod(folder, "dev/null", 1, 3);

        var result = Shell.Run("check", "--baseline", folder["baselines"], "--junit", sink);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.True(FileKind.IsSpecial(sink), $"{sink} was replaced by a regular file");
        Assert.Equal([Path.Combine("dev", "null")], folder.Entries("dev"));
    }

    [LinuxFact]
    public async Task A_fifo_is_written_in_place_for_its_reader()
    {
        using var folder = new TempFolder();
        string fifo = folder["report.fifo"];
        Assert.True(Tool("mkfifo", fifo) == 0, $"mkfifo {fifo} failed: these tests need mkfifo (coreutils)");
        var reader = Task.Run(() => File.ReadAllText(fifo));

        OutputFile.Write("--junit", fifo, w => w.Write("<testsuites/>"));

        // A reader that never sees end of file fails here with a TimeoutException instead of hanging the suite.
        string read = await reader.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("<testsuites/>", read);
        Assert.True(FileKind.IsSpecial(fifo), $"{fifo} was replaced by a regular file");
        Assert.Equal(["report.fifo"], folder.Entries());
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_and_no_staging_file()
    {
        using var folder = new TempFolder();
        folder.Write("junit.xml", "old");

        Assert.Throws<InvalidOperationException>(() => OutputFile.Write("--junit", folder["junit.xml"], w =>
        {
            w.Write("<testsuites>");
            w.Flush();
            throw new InvalidOperationException("report failed");
        }));

        Assert.Equal("old", File.ReadAllText(folder["junit.xml"]));
        Assert.Equal(["junit.xml"], folder.Entries());
    }

    [LinuxFact(Root = true)]
    public void A_full_disk_is_reported_as_no_space_and_leaves_no_staging_or_probe_file()
    {
        using var folder = new TempFolder();
        string disk = folder["disk"];
        Directory.CreateDirectory(disk);
        int mounted = Tool("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", disk);
        Assert.True(mounted == 0, $"mount -t tmpfs on {disk} exited {mounted}: this test needs root with mount rights (as in the dev container)");
        try
        {
            string report = Path.Combine(disk, "junit.xml");
            File.WriteAllText(report, "old");

            // The report outgrows the disk: the staging write fails, the old report stays, the staging file goes.
            var tooBig = Assert.Throws<InputException>(() => OutputFile.Write("--junit", report, w => w.Write(new string('x', 100_000))));
            Assert.StartsWith($"--junit: writing {report} failed: no space left on the device; ", tooBig.Message, StringComparison.Ordinal);
            Assert.Equal("old", File.ReadAllText(report));
            Assert.Equal(["junit.xml"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));

            // The disk is full: the check before the run creates its probe, cannot fill it, says why and deletes it.
            Assert.Throws<IOException>(() => File.WriteAllBytes(Path.Combine(disk, "fill"), new byte[64 * 1024]));
            var full = Assert.Throws<InputException>(() => OutputFile.Check("--junit", Path.Combine(disk, "next.xml")));
            Assert.Contains($"cannot create files in {disk} (no space left on the device)", full.Message, StringComparison.Ordinal);
            Assert.Equal(["fill", "junit.xml"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Tool("umount", disk);
        }
    }

    private static string Mknod(TempFolder folder, string name, int major, int minor)
    {
        string path = folder[name];
        int code = Tool("mknod", path, "c", major.ToString(System.Globalization.CultureInfo.InvariantCulture), minor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, $"mknod {path} c {major} {minor} exited {code}: the device tests need root (they run as root in CI and in the dev container)");
        return path;
    }

    private static int Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
