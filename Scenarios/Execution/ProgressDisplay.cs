using Spectre.Console;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A progress bar on stderr for work that lasts more than a second, shown only when stderr is a terminal (so it shows
/// while stdout goes to a file, and captured output never contains it). Its text labels both times and fits 80 columns
/// beside the bar: "28 runs: 12 done, elapsed 0:05, left ~0:07"; a single run is measured by the functions it has
/// reported: "1 run: 42% of functions done, elapsed 0:05, left ~0:07".
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/>, which calls the given action once per finished step; <paramref name="show"/> when stderr is a terminal.</summary>
    /// <param name="functions">For a single step, the functions it has reported so far (its estimate of what is left); null for none.</param>
    public static T Run<T>(bool show, string label, int steps, Func<Action, T> work, ReportedFunctions? functions = null)
    {
        int done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Run(() => work(() => Interlocked.Increment(ref done)));
        if (!show || task.Wait(Threshold))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // The description is cut to the room beside the bar: a line that wraps leaves its first part on screen when
        // the bar is cleared (Spectre clears the lines it thinks it drew).
        int room = Math.Max(20, Outputs.ConsoleWidth.Resolve(interactive: true, captured: 80) - 16 - 8);
        try
        {
            console.Progress()
                .AutoClear(true)
                // A 16-column bar, the percentage and the description: under 80 columns together.
                .Columns(new ProgressBarColumn { Width = 16 }, new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                .Start(context =>
                {
                    var bar = context.AddTask(label, maxValue: Math.Max(1, steps));
                    while (!task.Wait(TimeSpan.FromMilliseconds(100)))
                    {
                        int finished = Volatile.Read(ref done);
                        double? share = steps == 1 && finished == 0 ? functions?.Fraction : null;
                        bar.Value = share is { } f ? f : finished;
                        string text = share is { } fraction ? DescribeRun(label, fraction, clock.Elapsed) : Describe(label, finished, steps, clock.Elapsed);
                        bar.Description = Markup.Escape(text.Length <= room ? text : text[..room]);
                    }

                    bar.Value = steps;
                });
        }
        finally
        {
            // Whether the work finished, failed or was interrupted (Ctrl-C), no "... 87%" is left on the line and the
            // cursor is shown again: carriage return, erase the line, show the cursor.
            Console.Error.Write("\r\u001b[2K\u001b[?25h");
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>"28 runs: 12 done, elapsed 0:05, left ~0:07" (no estimate before the first step ends).</summary>
    internal static string Describe(string label, int done, int steps, TimeSpan elapsed)
    {
        string left = done == 0 || done >= steps ? "" : ", left ~" + Clock(elapsed * ((double)(steps - done) / done));
        return $"{label}: {done} done, elapsed {Clock(elapsed)}{left}";
    }

    /// <summary>"1 run: 42% of functions done, elapsed 0:05, left ~0:07" (no estimate before the first row).</summary>
    internal static string DescribeRun(string label, double fraction, TimeSpan elapsed)
    {
        string left = fraction is <= 0 or >= 1 ? "" : ", left ~" + Clock(elapsed * ((1 - fraction) / fraction));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label}: {Math.Floor(fraction * 100):0}% of functions done, elapsed {Clock(elapsed)}{left}");
    }

    private static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
