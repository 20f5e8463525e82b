using System.Globalization;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// <c>--shard i/n</c>: the i-th (0-based, as Slurm array and Kubernetes Indexed Job indexes are) of n
/// contiguous slices of the plan. Contiguous slices make a merge a concatenation in shard order.
/// </summary>
internal sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index < count)
        {
            return new ShardSpec(index, count);
        }

        throw new InputException("--shard", $"'{text}' is not i/n with 0 <= i < n (e.g. 0/4 ... 3/4)");
    }

    /// <summary>First unit of this shard and how many units it holds.</summary>
    public (int First, int Length) Slice(int units)
    {
        int first = (int)((long)Index * units / Count);
        int end = (int)((long)(Index + 1) * units / Count);
        return (first, end - first);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
