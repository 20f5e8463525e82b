using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Loading;

/// <summary>One <c>path=value</c> from the command line (<c>--set</c>, <c>--vary</c>, <c>--seed</c>, ...); the value is YAML.</summary>
/// <param name="Path">A field path such as <c>platform.invoker.docker_parallel_runs</c> or <c>cluster.invokers[2].cpus</c>.</param>
/// <param name="Value">YAML text: a scalar (<c>12</c>), a flow list (<c>[classic, burst]</c>) or a flow mapping (<c>{preset: paper}</c>).</param>
/// <param name="Origin">The option it came from, for messages.</param>
internal sealed record Override(string Path, string Value, string Origin)
{
    public static Override Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new InputException(origin, $"'{text}' is not path=value (e.g. platform.invoker.docker_parallel_runs=20)");
        }

        return new Override(text[..eq].Trim(), text[(eq + 1)..], origin);
    }
}
