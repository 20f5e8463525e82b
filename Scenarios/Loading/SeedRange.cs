using System.Globalization;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Replication r runs seed + r, so seeds seed .. seed + R - 1 must all fit in 64 bits: a sum past
/// 2^64 - 1 would wrap to 0, 1, ... and silently repeat the runs of a small seed.
/// </summary>
internal static class SeedRange
{
    /// <summary>Why <paramref name="seed"/> cannot run <paramref name="replications"/> replications, or null when it can.</summary>
    public static string? Problem(ulong seed, int replications)
    {
        ulong largest = ulong.MaxValue - (ulong)Math.Max(0, replications - 1);
        return seed <= largest
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"seed {seed} with {replications} replications needs seeds up to seed + {replications - 1}, past the largest seed {ulong.MaxValue} (they would wrap to 0 and repeat other seeds); use a seed of at most {largest} or fewer replications");
    }
}
