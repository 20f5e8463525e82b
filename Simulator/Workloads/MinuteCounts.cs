using System.Collections;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// A function's invocations per minute of a trace window, one byte a minute: counts 0 to 254 are stored as they are,
/// larger ones (a busy function's minutes in the real Azure trace) in a small table beside. Why: the counts are held
/// for the whole replay, and as 4-byte integers a day of 4000 functions took 23 MB, half of it for half the day, the
/// largest part of a replay's memory that grew with the trace's length; most counts are small (a function called
/// under 254 times a minute), so a byte each keeps a quarter of that. Immutable.
/// </summary>
internal sealed class MinuteCounts : IReadOnlyList<int>
{
    private const byte Escape = byte.MaxValue;

    private readonly byte[] _small;
    private readonly Dictionary<int, int>? _large;

    /// <summary>A copy of <paramref name="counts"/>.</summary>
    public MinuteCounts(ReadOnlySpan<int> counts)
    {
        _small = new byte[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            int count = counts[i];
            if (count is >= 0 and < Escape)
            {
                _small[i] = (byte)count;
            }
            else
            {
                _small[i] = Escape;
                (_large ??= [])[i] = count;
            }
        }
    }

    public int Count => _small.Length;

    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside [0, Count).</exception>
    public int this[int index] => _small[index] is var b && b != Escape ? b : _large![index];

    public IEnumerator<int> GetEnumerator()
    {
        for (int i = 0; i < _small.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
