using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Names the component an internal error (exit 70) was thrown in, from the exception's stack: the first frame in a
/// registered plug-in assembly, named by its label (<c>policy classic:bounded-load (samples/BoundedLoad.dll)</c>);
/// else the first frame of burstsim's own code (a type in a <c>Burstsim.</c> namespace), named by the type's short
/// name (<c>Invoker</c>), nested and compiler-generated types (lambdas, local functions' closures, iterators, async
/// state machines) resolved to the outermost type that declares them.
/// </summary>
/// <remarks>
/// A plug-in frame anywhere on the stack wins over burstsim's frames above it: a policy that hands the platform a
/// bad value makes the platform throw, and the policy is the one to fix. This is an instance, one per command
/// (<see cref="BurstsimCli"/> makes it, <see cref="CliContext.Blame"/> hands it to the code that loads plug-ins),
/// rather than a static registry, because a label says what one command's scenario or options named (the policy and
/// the path as the user wrote them): commands run side by side in one process (the tests) keep their own labels, and a
/// test can build a blame with a fake plug-in without touching any other. Which assemblies are plug-ins is a
/// process-wide fact, so the loader's own process-wide record is asked for assemblies not registered here
/// (<see cref="BurstsimCli"/> passes it as <c>loaded</c>, naming a plug-in by its file).
/// </remarks>
internal sealed class InternalErrorBlame
{
    /// <summary>The component named when no frame is burstsim's or a plug-in's (an exception never thrown, or thrown by the runtime alone).</summary>
    public const string Unknown = "burstsim";

    private readonly ConcurrentDictionary<Assembly, string> _plugins = new();
    private readonly Func<Assembly, string?>? _loaded;

    /// <param name="loaded">
    /// Labels for plug-in assemblies recorded elsewhere (the loader's process-wide record), asked for assemblies not
    /// <see cref="Register"/>ed here; null when there are none.
    /// </param>
    public InternalErrorBlame(Func<Assembly, string?>? loaded = null)
    {
        _loaded = loaded;
    }

    /// <summary>
    /// Names frames in <paramref name="assembly"/> by <paramref name="label"/> (what the user wrote and where it came
    /// from, e.g. <c>policy classic:bounded-load (samples/BoundedLoad.dll)</c>); registering an assembly again replaces its label.
    /// </summary>
    public void Register(Assembly assembly, string label)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        _plugins[assembly] = label;
    }

    /// <summary>The component <paramref name="exception"/> was thrown in (see the class summary); <see cref="Unknown"/> if none is found.</summary>
    public string Component(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is Simulator.Scheduling.PolicyDecisionException { PolicyType: var policy } && PluginLabel(policy.Assembly) is { } decided)
        {
            return decided; // the platform caught the plug-in's bad decision after its code returned
        }

        string? own = null;
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod()?.DeclaringType is not { } type)
            {
                continue;
            }

            if (PluginLabel(type.Assembly) is { } label)
            {
                return label;
            }

            own ??= IsOwn(type) ? ShortName(type) : null;
        }

        return own ?? Unknown;
    }

    private string? PluginLabel(Assembly assembly) =>
        _plugins.TryGetValue(assembly, out string? label) ? label : _loaded?.Invoke(assembly);

    private static bool IsOwn(Type type) =>
        type.Namespace is { } ns && (ns == "Burstsim" || ns.StartsWith("Burstsim.", StringComparison.Ordinal));

    /// <summary>The outermost declaring type's name without a generic arity (<c>Invoker</c>, not <c>Invoker+&lt;&gt;c</c> or <c>Cache`1</c>).</summary>
    private static string ShortName(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }
}
