using Burstsim.Results.Summary;

namespace Burstsim.Results.Tests.Summary;

public sealed class DistinctNamesTests
{
    [Fact]
    public void Counts_what_a_set_of_the_names_counts_for_numbered_and_other_names()
    {
        // Numbered names of two prefixes, repeats, leading zeros, numbers too long for a bit, names without a number.
        string[] names =
        [
            "container1", "container1", "container0", "container10", "container010", "container01", "container00",
            "wsk0", "wsk1", "container999999999", "container1000000000", "container1000000000", "(none)", "",
            "0", "00", "7", "a7b", "a7b", "container", "Container1", "container٣", "container 1",
        ];
        var distinct = new DistinctNames();
        foreach (string name in names)
        {
            distinct.Add(name);
        }

        Assert.Equal(names.ToHashSet(StringComparer.Ordinal).Count, distinct.Count);
    }

    [Fact]
    public void Agrees_with_a_set_over_many_random_names()
    {
        var random = new Random(26);
        string[] prefixes = ["container", "c", "env-", string.Empty, "x0"];
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new DistinctNames();
        for (int i = 0; i < 200_000; i++)
        {
            string prefix = prefixes[random.Next(prefixes.Length)];
            string number = random.Next(4) == 0 ? random.Next(100).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) : random.Next(300_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string name = prefix + number;
            reference.Add(name);
            distinct.Add(name);
            if (i % 50_000 == 0)
            {
                Assert.Equal(reference.Count, distinct.Count);
            }
        }

        Assert.Equal(reference.Count, distinct.Count);
    }
}
