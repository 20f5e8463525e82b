using Spectre.Console;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A progress bar for work that lasts more than a second, shown only on a terminal: captured output
/// (tests, CI logs, pipes) never contains it.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/>, which calls the given action once per finished step.</summary>
    public static T Run<T>(bool interactive, string label, int steps, Func<Action, T> work)
    {
        int done = 0;
        var task = Task.Run(() => work(() => Interlocked.Increment(ref done)));
        if (!interactive || task.Wait(Threshold))
        {
            return task.GetAwaiter().GetResult();
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var bar = context.AddTask(label, maxValue: Math.Max(1, steps));
                while (!task.Wait(TimeSpan.FromMilliseconds(100)))
                {
                    bar.Value = Volatile.Read(ref done);
                }

                bar.Value = steps;
            });
        return task.GetAwaiter().GetResult();
    }
}
