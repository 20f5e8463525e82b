using System.Globalization;
using System.Runtime.InteropServices;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Ctrl-C (SIGINT), SIGTERM, SIGHUP (the terminal closed) and SIGQUIT for the <c>burstsim</c> process. Handlers are installed before the command line is even
/// parsed, so a signal at any moment is seen (an early one included: before this, nothing has been written). A signal
/// cancels <see cref="Token"/>: planning loops, runs and writers check it and unwind, the output folder's staging is
/// removed by the thread that wrote it (so no writer can re-create it afterwards), and the command exits 130 (SIGINT) or
/// 143 (SIGTERM), 129 (SIGHUP) or 131 (SIGQUIT), 128 plus the signal's number as shells report it. Whatever has not unwound after <see cref="Grace"/>
/// (a long step that does not check the token, a blocked write) is ended by a watchdog: it removes every staging folder
/// and file still registered, waiting for an output commit in progress (renames only) to finish, and exits. A second
/// signal ends the process at once the same way.
/// </summary>
internal static class Interruption
{
    /// <summary>How long an interrupted command has to unwind by itself; the promise is to stop within 2 s of the signal, and ending the process takes time on a loaded machine.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(0.7);

    private static readonly CancellationTokenSource Source = new();
    private static readonly Lock Gate = new();
    private static PosixSignalRegistration[]? _registrations;
    private static int _signalNumber;
    private static int _reported;
    private static int _exit = -1;
    private static string? _written;

    /// <summary>Cancelled on the first SIGINT or SIGTERM; never cancelled in a process that did not <see cref="Install"/> (tests run commands in-process).</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Whether a signal has asked the command to stop.</summary>
    public static bool Requested => Source.IsCancellationRequested;

    /// <summary>128 plus the signal's number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP, 131 for SIGQUIT.</summary>
    public static int ExitCode => 128 + Volatile.Read(ref _signalNumber);

    /// <summary>SIGINT or SIGTERM; empty when no signal came.</summary>
    public static string SignalName => Volatile.Read(ref _signalNumber) switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        15 => "SIGTERM",
        _ => string.Empty,
    };

    /// <summary>The output folder a command moved into place, complete (<see cref="Written"/>); null before that.</summary>
    public static string? WrittenOutput => Volatile.Read(ref _written);

    /// <summary>
    /// Records that <paramref name="destination"/> now holds the command's complete new outputs, so that a signal coming
    /// after it does not claim the folder was left as it was.
    /// </summary>
    public static void Written(string destination) => Volatile.Write(ref _written, destination);

    /// <summary>
    /// The end of a command that finished its work (its outputs moved into place) although a signal came after the
    /// output was committed: nothing was left to stop, so the command's own exit code stands, with a line saying so.
    /// If the watchdog got there first it is ending the process with <see cref="ExitCode"/>, which this returns too.
    /// </summary>
    public static int FinishedAnyway(TextWriter stderr, string destination, int code)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (Interlocked.CompareExchange(ref _reported, 1, 0) != 0)
        {
            return ExitCode;
        }

        Volatile.Write(ref _exit, code);
        stderr.WriteLine(Line(string.Create(CultureInfo.InvariantCulture, $"came after {destination} was written, complete, and the command had finished; exit {code}")));
        return code;
    }

    /// <summary>
    /// The end of a command that unwound after a signal: removes what is still staged (none of it reported twice, see
    /// <see cref="StagingRegistry.RemoveAll"/>), writes the last line once, and returns <see cref="ExitCode"/>. If the
    /// watchdog is already removing, this waits for it, and the watchdog ends the process.
    /// </summary>
    public static int Finish(TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        Report(stderr, StagingRegistry.RemoveAll(holdLocks: false));
        return ExitCode;
    }

    /// <summary>Writes the removal lines, then the last line of an interrupted command, once, whichever of the command and the watchdog gets there first.</summary>
    private static void Report(TextWriter stderr, IReadOnlyList<string> removals)
    {
        foreach (string line in removals)
        {
            stderr.WriteLine(Line(line));
        }

        if (Interlocked.CompareExchange(ref _reported, 1, 0) == 0)
        {
            Volatile.Write(ref _exit, ExitCode);
            string written = WrittenOutput is { } folder ? $" after {folder} was written, complete" : string.Empty;
            stderr.WriteLine(Line(string.Create(CultureInfo.InvariantCulture, $"stopped{written}; exit {ExitCode}")));
        }
    }

    /// <summary>A line of an interrupted command's stderr, naming the signal.</summary>
    public static string Line(string text) => $"interrupted ({SignalName}): {text}";

    /// <exception cref="OperationCanceledException">A signal asked the command to stop.</exception>
    public static void ThrowIfRequested() => Source.Token.ThrowIfCancellationRequested();

    /// <summary>Installs the handlers for the life of the process; called once, first thing in <c>Main</c>.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            // SIGHUP: the terminal or ssh session closed, as a user ends a run as often as with Ctrl-C; SIGQUIT: Ctrl-\.
            _registrations ??= [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal),
                PosixSignalRegistration.Create(PosixSignal.SIGQUIT, OnSignal),
            ];
        }
    }

    private static void OnSignal(PosixSignalContext context)
    {
        // The process ends on our terms: staging removed first, then the exit code a shell expects.
        context.Cancel = true;
        int number = context.Signal switch
        {
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGQUIT => 3,
            _ => 15,
        };
        if (Interlocked.CompareExchange(ref _signalNumber, number, 0) != 0)
        {
            End(); // a second signal: the user means it
            return;
        }

        var watchdog = new Thread(() =>
        {
            Thread.Sleep(Grace);
            End();
        })
        { IsBackground = true, Name = "burstsim interrupt watchdog" };
        watchdog.Start();
        Source.Cancel();
    }

    /// <summary>Removes what is still staged (after any commit in progress) and ends the process with <see cref="ExitCode"/>.</summary>
    private static void End()
    {
        var stderr = Console.Error;
        Report(stderr, StagingRegistry.RemoveAll(holdLocks: true));
        stderr.Flush();
        int decided = Volatile.Read(ref _exit);
        Environment.Exit(decided >= 0 ? decided : ExitCode); // the command's own code if it finished and said so first
    }
}
