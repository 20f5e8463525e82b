namespace Burstsim.Results.Summary;

/// <summary>
/// Counts distinct names, exactly, in memory that does not grow with how often names are seen nor with their text.
/// Why: the summary's containers column counts the distinct containers a run used, and a day-long trace creates a
/// container for each cold start (152 934 over the synthetic Azure day, docs/bench.md), each named by the model as a
/// prefix and a number ("container1234"). A set of the names kept every one of those strings alive to the end of the
/// run, about 75 bytes each with the set's entry: 11 MB for the day, half that for half the day, memory that grew
/// with the trace. A name that is a prefix followed by a decimal number without leading zeros (at most 9 digits) sets
/// that number's bit in its prefix's bit set (the largest number / 8 bytes: 20 KB for the day); any other name is
/// kept in an ordinary set. Two names are the same here exactly when their text is (ordinal), as in a set of strings.
/// Not thread-safe.
/// </summary>
internal sealed class DistinctNames
{
    private const int MaxDigits = 9; // up to 999 999 999: always below int.MaxValue

    private readonly List<(string Prefix, NumberBits Numbers)> _numbered = [];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);
    private int _numberedCount;

    /// <summary>Distinct names added so far.</summary>
    public int Count => _numberedCount + _others.Count;

    /// <summary>Adds a name; one already added changes nothing.</summary>
    public void Add(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int digits = 0;
        while (digits < name.Length && char.IsAsciiDigit(name[name.Length - 1 - digits]))
        {
            digits++;
        }

        int start = name.Length - digits;
        if (digits == 0 || digits > MaxDigits || (digits > 1 && name[start] == '0'))
        {
            _others.Add(name); // no number, one too long, or a leading zero ("c007" and "c7" are different names)
            return;
        }

        int number = 0;
        for (int i = start; i < name.Length; i++)
        {
            number = (number * 10) + (name[i] - '0');
        }

        if (Numbers(name.AsSpan(0, start)).Add(number))
        {
            _numberedCount++;
        }
    }

    // The prefix's bit set; a run's names have one or two prefixes, so a list searched in order is enough.
    private NumberBits Numbers(ReadOnlySpan<char> prefix)
    {
        foreach (var (known, numbers) in _numbered)
        {
            if (prefix.SequenceEqual(known))
            {
                return numbers;
            }
        }

        var added = new NumberBits();
        _numbered.Add((prefix.ToString(), added));
        return added;
    }

    /// <summary>A growable set of non-negative numbers, one bit each.</summary>
    private sealed class NumberBits
    {
        private ulong[] _words = new ulong[16];

        /// <summary>True when <paramref name="number"/> was not in the set.</summary>
        public bool Add(int number)
        {
            int word = number >> 6;
            if (word >= _words.Length)
            {
                Array.Resize(ref _words, Math.Max(word + 1, 2 * _words.Length));
            }

            ulong bit = 1UL << (number & 63);
            if ((_words[word] & bit) != 0)
            {
                return false;
            }

            _words[word] |= bit;
            return true;
        }
    }
}
