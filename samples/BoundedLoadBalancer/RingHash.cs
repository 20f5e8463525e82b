using System.Text;

namespace Burstsim.Samples.BoundedLoad;

/// <summary>
/// The ring's hash: 64-bit FNV-1a over the UTF-8 bytes, then SplitMix64's finalizer so that names differing in
/// their last character land far apart. Stable on every machine and every run (never <see cref="string.GetHashCode()"/>,
/// which .NET randomizes per process).
/// </summary>
public static class RingHash
{
    /// <summary>The position of <paramref name="key"/> on the ring.</summary>
    public static ulong Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ulong h = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            h = unchecked((h ^ b) * 1099511628211UL);
        }

        h = unchecked((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL);
        h = unchecked((h ^ (h >> 27)) * 0x94D049BB133111EBUL);
        return h ^ (h >> 31);
    }
}
