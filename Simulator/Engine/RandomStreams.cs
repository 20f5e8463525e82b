using System.Text;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// One seed per run; every component draws from its own stream derived from (seed, stream name).
/// Adding a component therefore never shifts another's draws, and two policies simulated with the
/// same seed see the same workload draws (common random numbers).
/// </summary>
public sealed class RandomStreams(ulong seed)
{
    /// <summary>The run's seed every named stream derives from.</summary>
    public ulong Seed { get; } = seed;

    /// <summary>A fresh generator for <paramref name="name"/>; the same (seed, name) always starts the same sequence.</summary>
    public StreamRandom Open(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new StreamRandom(DeriveSeed(Seed, name));
    }

    /// <summary>FNV-1a over the UTF-8 name, then mixed with the run seed; stable across processes and platforms.</summary>
    internal static ulong DeriveSeed(ulong seed, string name)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= 0x100000001B3UL;
        }

        ulong x = seed ^ hash;
        ulong mixed = StreamRandom.SplitMix64(ref x);
        return mixed ^ StreamRandom.SplitMix64(ref hash);
    }
}
