using System.Globalization;
using System.Text;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Reads a trace's lines as <see cref="TextReader.ReadLine"/> does ('\n' or "\r\n" ends a line), but refuses a line
/// longer than <see cref="MaxLineChars"/> before holding it: a 300 MB cell, <c>/dev/zero</c> or a sparse file of NUL
/// bytes used to be read whole into one string (gigabytes, then an out-of-memory message naming runs and threads, or a
/// crash under a memory limit) and quoted whole in the message.
/// </summary>
public sealed class BoundedLineReader
{
    /// <summary>
    /// The longest line read, characters (16 Mi): far above any trace's row (a Huawei per-minute table of 5 000 functions
    /// writes about 30 KB a row, an Azure 2019 row of 1 440 minutes about 10 KB), far below what would strain memory.
    /// </summary>
    public const int MaxLineChars = 16 << 20;

    private readonly TextReader _text;
    private readonly string _source;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _long = new();
    private int _start;
    private int _end;
    private bool _ended;

    /// <param name="text">The trace's text.</param>
    /// <param name="source">The file, named in errors.</param>
    public BoundedLineReader(TextReader text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _source = source;
    }

    /// <summary>The next line without its line break, or null at the end.</summary>
    /// <param name="line">The line's 1-based number, for the error.</param>
    /// <exception cref="TraceFormatException">The line is longer than <see cref="MaxLineChars"/>.</exception>
    public string? ReadLine(int line)
    {
        _long.Clear();
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = _ended ? 0 : _text.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    _ended = true;
                    return any ? WithoutCr(_long.ToString()) : null;
                }
            }

            any = true;
            int newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            int stop = newline < 0 ? _end : newline;
            if (_long.Length + (stop - _start) > MaxLineChars)
            {
                throw TooLong(line, _long.ToString().Contains('\0', StringComparison.Ordinal) || Array.IndexOf(_buffer, '\0', _start, stop - _start) >= 0);
            }

            if (newline >= 0 && _long.Length == 0)
            {
                string whole = new(_buffer, _start, stop - _start);
                _start = newline + 1;
                return WithoutCr(whole);
            }

            _long.Append(_buffer, _start, stop - _start);
            _start = newline >= 0 ? newline + 1 : _end;
            if (newline >= 0)
            {
                return WithoutCr(_long.ToString());
            }
        }
    }

    private static string WithoutCr(string line) => line.EndsWith('\r') ? line[..^1] : line;

    private TraceFormatException TooLong(int line, bool nul) => new(
        _source,
        line,
        "(row)",
        string.Create(
            CultureInfo.InvariantCulture,
            $"the line is longer than {MaxLineChars:N0} characters{(nul ? " and holds NUL bytes" : string.Empty)}, so this is not a trace's CSV (a binary, compressed or sparse file, a device, or a cell missing its line break?); give the trace's text CSV"));
}
