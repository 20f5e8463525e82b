using System.Text;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Standard output as the commands write it, with a failed write named as such: a full device (<c>&gt; /dev/full</c>)
/// or a closed pipe otherwise came out as the bare "No space left on device", which reads like a failure of --out
/// (hostile10 F7). The failure stays an <see cref="IOException"/> (exit 2), now saying where it happened.
/// </summary>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    /// <summary>Whether this wraps the process's own standard output (not a writer a test hands in).</summary>
    public bool WrapsConsole => ReferenceEquals(inner, Console.Out);

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new IOException($"writing to standard output failed: {e.Message}; redirect it to a file or device that takes the text", e);
        }
    }
}
