using Spectre.Console;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A progress bar on stderr for work that lasts more than a second, shown only when stderr is a terminal (so it shows
/// while stdout goes to a file, and captured output never contains it). Its text says what the times are:
/// "28 runs: 12 done, 0:05 elapsed, about 0:07 left"; a single long run shows its elapsed time ticking.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/>, which calls the given action once per finished step; <paramref name="show"/> when stderr is a terminal.</summary>
    public static T Run<T>(bool show, string label, int steps, Func<Action, T> work)
    {
        int done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Run(() => work(() => Interlocked.Increment(ref done)));
        if (!show || task.Wait(Threshold))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(context =>
            {
                var bar = context.AddTask(label, maxValue: Math.Max(1, steps));
                while (!task.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    int finished = Volatile.Read(ref done);
                    bar.Value = finished;
                    bar.Description = Describe(label, finished, steps, clock.Elapsed);
                }

                bar.Value = steps;
            });
        return task.GetAwaiter().GetResult();
    }

    /// <summary>"28 runs: 12 done, 0:05 elapsed, about 0:07 left" (no estimate before the first step ends).</summary>
    internal static string Describe(string label, int done, int steps, TimeSpan elapsed)
    {
        string left = done == 0 || done >= steps ? "" : ", about " + Clock(elapsed * ((double)(steps - done) / done)) + " left";
        return $"{label}: {done} done, {Clock(elapsed)} elapsed{left}";
    }

    private static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
