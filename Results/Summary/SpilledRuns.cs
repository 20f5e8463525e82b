using Microsoft.Win32.SafeHandles;

namespace Burstsim.Results.Summary;

/// <summary>
/// Sorted runs of tick values (µs) kept in one temporary file instead of memory, read back merged in ascending order:
/// what lets a <see cref="TickColumn"/> of a day-long trace (tens of millions of calls) stay exact without holding
/// its values. Each run is stored as the differences between neighbouring values, each an unsigned LEB128 varint
/// (a sorted run's differences are small: a day's 20 M function starts take about 2 bytes each, startups about 1).
/// The file is made in <see cref="Path.GetTempPath"/> (TMPDIR on Linux, so a Slurm job's local scratch), and
/// unlinked at once where the system allows it (Linux, macOS), else deleted when its handle closes: nothing is
/// left behind, even by a killed run. Its handle is released with the column. Not thread-safe.
/// </summary>
internal sealed class SpilledRuns
{
    private const int BufferBytes = 1 << 15; // per run being written or read: 32 KB
    private const int MaxVarintBytes = 10;

    private readonly SafeFileHandle _file;
    private readonly List<(long Offset, long Values)> _runs = [];
    private long _length;

    private SpilledRuns(SafeFileHandle file) => _file = file;

    /// <summary>Values written, over every run.</summary>
    public long Values { get; private set; }

    /// <summary>Runs written.</summary>
    public int Runs => _runs.Count;

    /// <summary>Bytes the runs take in the file.</summary>
    public long Bytes => _length;

    /// <summary>Opens an empty, already unlinked (or delete-on-close) temporary file.</summary>
    /// <exception cref="IOException">The temporary folder cannot take the file (full, read-only, missing).</exception>
    public static SpilledRuns Create()
    {
        string path = Path.Combine(Path.GetTempPath(), $"burstsim-ticks-{Guid.NewGuid():N}.bin");
        bool windows = OperatingSystem.IsWindows();
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, windows ? FileOptions.DeleteOnClose : FileOptions.None);
        if (!windows)
        {
            File.Delete(path); // the open handle keeps the data; the name goes now, so a killed run leaves nothing
        }

        return new SpilledRuns(file);
    }

    /// <summary>Appends one run.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <exception cref="ArgumentException">The values are not in ascending order (a caller's bug).</exception>
    public void Write(ReadOnlySpan<long> sorted)
    {
        var run = new RunWriter(this);
        run.Append(sorted);
        run.End();
    }

    /// <summary>Appends one run of 32-bit offsets from <paramref name="offsetBase"/> (a narrow column's values), without widening them in memory first.</summary>
    /// <param name="sortedOffsets">Offsets in ascending order.</param>
    /// <param name="offsetBase">The value every offset is added to, ticks.</param>
    /// <exception cref="ArgumentException">The offsets are not in ascending order (a caller's bug).</exception>
    public void Write(ReadOnlySpan<int> sortedOffsets, long offsetBase)
    {
        var run = new RunWriter(this);
        Span<long> chunk = stackalloc long[256];
        for (int start = 0; start < sortedOffsets.Length; start += chunk.Length)
        {
            int n = Math.Min(chunk.Length, sortedOffsets.Length - start);
            for (int i = 0; i < n; i++)
            {
                chunk[i] = offsetBase + sortedOffsets[start + i];
            }

            run.Append(chunk[..n]);
        }

        run.End();
    }

    /// <summary>Every value of every run, ascending (equal values in any order: they cannot be told apart).</summary>
    public IEnumerable<long> Ascending()
    {
        var queue = new PriorityQueue<RunReader, long>(_runs.Count);
        foreach (var (offset, values) in _runs)
        {
            var reader = new RunReader(_file, offset, values);
            if (reader.MoveNext())
            {
                queue.Enqueue(reader, reader.Current);
            }
        }

        while (queue.TryDequeue(out var reader, out long value))
        {
            yield return value;
            if (reader.MoveNext())
            {
                queue.Enqueue(reader, reader.Current);
            }
        }
    }

    /// <summary>Encodes one run into the file through a buffer of its own.</summary>
    private sealed class RunWriter(SpilledRuns runs)
    {
        private readonly byte[] _buffer = new byte[BufferBytes];
        private readonly long _start = runs._length;
        private int _used;
        private long _values;
        private long _previous;

        public void Append(ReadOnlySpan<long> sorted)
        {
            for (int i = 0; i < sorted.Length; i++)
            {
                long value = sorted[i];
                if (_values > 0 && value < _previous)
                {
                    throw new ArgumentException($"value {_values} ({value}) is below the one before it ({_previous}): a run must be sorted", nameof(sorted));
                }

                ulong delta = unchecked((ulong)(value - _previous)); // the first value's difference from 0 may wrap; reading adds it back
                _previous = value;
                _values++;
                while (delta >= 0x80)
                {
                    _buffer[_used++] = (byte)(delta | 0x80);
                    delta >>= 7;
                }

                _buffer[_used++] = (byte)delta;
                if (_used > BufferBytes - MaxVarintBytes)
                {
                    Flush();
                }
            }
        }

        public void End()
        {
            Flush();
            runs._runs.Add((_start, _values));
            runs.Values += _values;
        }

        private void Flush()
        {
            RandomAccess.Write(runs._file, _buffer.AsSpan(0, _used), runs._length);
            runs._length += _used;
            _used = 0;
        }
    }

    /// <summary>Reads one run forward through a buffer of its own.</summary>
    private sealed class RunReader(SafeFileHandle file, long offset, long values)
    {
        private readonly byte[] _buffer = new byte[BufferBytes];
        private long _fileOffset = offset;
        private long _left = values;
        private int _position;
        private int _filled;

        public long Current { get; private set; }

        public bool MoveNext()
        {
            if (_left == 0)
            {
                return false;
            }

            if (_filled - _position < MaxVarintBytes)
            {
                Refill();
            }

            ulong delta = 0;
            int shift = 0;
            byte b;
            do
            {
                b = _buffer[_position++];
                delta |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            Current = unchecked(Current + (long)delta);
            _left--;
            return true;
        }

        private void Refill()
        {
            int kept = _filled - _position;
            Array.Copy(_buffer, _position, _buffer, 0, kept);
            int read = RandomAccess.Read(file, _buffer.AsSpan(kept), _fileOffset);
            _fileOffset += read;
            _filled = kept + read;
            _position = 0;
        }
    }
}
