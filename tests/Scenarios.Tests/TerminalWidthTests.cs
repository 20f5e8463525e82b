using System.Diagnostics;
using System.Text.RegularExpressions;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Issue 24 (review 24d HIGH 1): on a real 80-column terminal, with <c>COLUMNS</c> unset as bash leaves it, the tables
/// must take the terminal's width. Wrapping standard output against a full device had hidden the terminal from the
/// tables, which then came out 83 to 108 columns wide. A child process on a pseudo-terminal (<c>script</c>, util-linux),
/// since only a real terminal has a width.
/// </summary>
public sealed partial class TerminalWidthTests
{
    [GeneratedRegex(@"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")]
    private static partial Regex Escape();

    private static (int Code, string Screen) OnTerminal(int columns, string arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "burstsim.dll");
        var start = new ProcessStartInfo("script") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.Environment.Remove("COLUMNS");
        start.Environment.Remove("LINES");
        start.ArgumentList.Add("-qec");
        start.ArgumentList.Add($"stty cols {columns} rows 40; exec dotnet '{dll}' {arguments}");
        start.ArgumentList.Add("/dev/null");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        string screen = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "burstsim did not end within 5 min");
        _ = stderr.Result;
        return (process.ExitCode, Escape().Replace(screen, ""));
    }

    private static string[] Lines(string screen) => screen.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    [LinuxTheory]
    [InlineData("run thesis-sleep-120 --no-figures")]
    [InlineData("sweep thesis-sleep-120 --vary workload.functions=60,120 --vary platform.invoker.docker_run_serial_s=0.05,0.155 --replications 2")]
    public void Tables_fit_an_80_column_terminal_with_columns_unset(string command)
    {
        using var folder = new TempFolder();
        var (code, screen) = OnTerminal(80, $"{command} --out '{folder["out"]}'");

        Assert.True(code == ExitCodes.Ok, screen);
        string[] lines = Lines(screen);
        Assert.Contains(lines, line => line.Contains("classic", StringComparison.Ordinal)); // a table was drawn
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= 80, $"{line.TrimEnd().Length} columns: {line}"));
    }

    [Fact]
    public void A_wrapped_standard_output_still_counts_as_the_console()
    {
        Assert.True(Terminal.IsConsole(new StandardOutput(Console.Out)));
        Assert.False(Terminal.IsConsole(new StandardOutput(new StringWriter())));
        Assert.False(Terminal.IsConsole(new StringWriter()));
    }
}
