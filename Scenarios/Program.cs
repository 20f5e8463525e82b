using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;

// Before anything can fail half-way under too small an address-space limit (even installing the signal handlers did).
if (AddressSpace.TooSmall() is { } refusal)
{
    // Straight to file descriptor 2: under 1.2 GB even the Console's set-up (its signal handlers) ran out of memory.
    using var stderr = new StreamWriter(new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(2, ownsHandle: false), FileAccess.Write, 1));
    stderr.WriteLine(refusal);
    return ExitCodes.BadInput;
}

// Then, so that a signal at any moment of any command is handled (Interruption's summary).
Interruption.Install();
// Before the worker threads start: under ulimit -v their malloc arenas took the address space the GC needs (issue 25).
AddressSpace.CapNativeArenas();
// A terminal never fills up, and Spectre colours only a bare Console.Out: the guard is for redirected output (/dev/full).
return BurstsimCli.Run(args, Console.IsOutputRedirected ? new StandardOutput(Console.Out) : Console.Out, Console.Error);
