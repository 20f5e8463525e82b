using System.Collections.Concurrent;
using System.Reflection;
using Burstsim.Scenarios.Cli;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Loads policy plug-ins: .NET assemblies that reference the Simulator library and define public, non-abstract
/// <see cref="PolicyFactory"/> subclasses with a public parameterless constructor. Each file is loaded once per process
/// (sweeps bind a scenario many times). A file that cannot load is bad input (exit 2) naming the file and the reason.
/// </summary>
internal static class PluginLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<(Assembly Assembly, PolicyFactory[] Factories)>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The built-in registry plus every policy in <paramref name="plugins"/> (full paths, each with the field or option that named it).</summary>
    /// <exception cref="InputException">A plug-in is missing, not a .NET assembly, built against another Simulator, defines no policy, or clashes with another.</exception>
    public static PolicyRegistry Registry(IReadOnlyList<(string Path, Func<string, InputException> Error)> plugins)
    {
        var registry = PolicyRegistry.BuiltIn;
        foreach (var (path, error) in plugins.DistinctBy(p => p.Path, StringComparer.Ordinal))
        {
            var (assembly, factories) = Load(path, error);
            try
            {
                registry = registry.With(factories, path);
            }
            catch (ArgumentException e)
            {
                throw error(e.Message.Replace($" (Parameter 'factories')", string.Empty, StringComparison.Ordinal));
            }

            PluginAssemblies.Register(assembly, path);
        }

        return registry;
    }

    private static (Assembly, PolicyFactory[]) Load(string path, Func<string, InputException> error)
    {
        if (!File.Exists(path))
        {
            throw error(FileInput.Missing(path));
        }

        if (NotAnAssembly(path) is { } problem)
        {
            throw error(problem);
        }

        var lazy = Loaded.GetOrAdd(path, p => new Lazy<(Assembly, PolicyFactory[])>(() => Read(p)));
        try
        {
            return lazy.Value;
        }
        catch (PluginLoadException e)
        {
            Loaded.TryRemove(path, out _); // a fixed file may be tried again in the same process
            throw error(e.Message);
        }
    }

    /// <summary>Largest plug-in read, bytes: a policy plug-in is a few tens of KB, with its dependencies a few MB.</summary>
    public const long MostBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Why <paramref name="path"/> cannot be a plug-in, found without loading it: a pipe or a device (a named pipe with
    /// no writer would block the load for ever), a file larger than <see cref="MostBytes"/> (a 3 GB sparse file ran the
    /// loader out of address space, blamed on memory), or one that does not start as a Windows PE image ("MZ"), which
    /// every .NET assembly is. Null when it may be one.
    /// </summary>
    private static string? NotAnAssembly(string path)
    {
        if (FileInput.Special(path, "a plug-in is a .dll file", readsOnce: false) is { } special)
        {
            return special;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (stream.Length > MostBytes)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path} is {stream.Length:N0} bytes, larger than any policy plug-in (a .dll of a few KB to a few MB; at most {MostBytes / (1024 * 1024)} MiB is loaded): check the path and give the plug-in's .dll (docs/extending.md)");
            }

            Span<byte> head = stackalloc byte[2];
            return stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == (byte)'M' && head[1] == (byte)'Z'
                ? null
                : $"{path} is not a .NET assembly (build the plug-in project and give its .dll)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }
    }

    private static (Assembly, PolicyFactory[]) Read(string path)
    {
        Assembly assembly;
        var context = new PluginLoadContext(path);
        try
        {
            assembly = context.LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException)
        {
            throw new PluginLoadException($"{path} is not a .NET assembly (build the plug-in project and give its .dll)");
        }
        catch (FileLoadException e)
        {
            throw new PluginLoadException($"cannot load {path}: {e.Message}");
        }

        string ours = typeof(PolicyFactory).Assembly.GetName().Version?.ToString() ?? "?";
        string? theirs = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == typeof(PolicyFactory).Assembly.GetName().Name)?.Version?.ToString();
        string versions = theirs is null || theirs == ours ? string.Empty : $" (it was built against Burstsim.Simulator {theirs}; this burstsim carries {ours}: rebuild it against this one)";
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            // Every dependency must resolve now, not in the middle of a run (where it would look like a failed write).
            try
            {
                context.LoadFromAssemblyName(reference);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                throw new PluginLoadException($"{path} needs {reference.Name} {reference.Version}, which is not beside it: build the plug-in with <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies> or 'dotnet publish' it, and give that .dll{versions}");
            }
        }

        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            string why = string.Join("; ", e.LoaderExceptions.OfType<Exception>().Select(x => x.Message).Distinct().Take(3));
            throw new PluginLoadException($"cannot load the types of {path}: {why}{(versions.Length > 0 ? versions : $" (is it built against this burstsim's Simulator library, {ours}?)")}");
        }

        var factories = new List<PolicyFactory>();
        foreach (var type in types.Where(t => t.IsPublic && !t.IsAbstract && typeof(PolicyFactory).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new PluginLoadException($"{path}: {type.FullName} needs a public parameterless constructor to be registered");
            }

            try
            {
                factories.Add((PolicyFactory)Activator.CreateInstance(type)!);
            }
            catch (TypeLoadException e)
            {
                throw new PluginLoadException($"{path}: {type.FullName} cannot be made: {e.Message}{versions}");
            }
            catch (MissingMethodException e)
            {
                throw new PluginLoadException($"{path}: {type.FullName} cannot be made: {e.Message}{versions}");
            }
            catch (TargetInvocationException e)
            {
                throw new PluginLoadException($"{path}: the constructor of {type.FullName} threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            }
        }

        if (factories.Count == 0)
        {
            bool referencesSdk = assembly.GetReferencedAssemblies().Any(a => a.Name == typeof(PolicyFactory).Assembly.GetName().Name);
            throw new PluginLoadException(referencesSdk
                ? $"{path} defines no policy: derive a public class from BalancerFactory, PackPlacementFactory, BatchingFactory, KeepAliveFactory, PrewarmFactory or EvictionFactory (docs/extending.md)"
                : $"{path} does not reference the Burstsim.Simulator library, so it defines no policy (docs/extending.md)");
        }

        return (assembly, [.. factories]);
    }

    /// <summary>A plug-in that cannot be loaded; the message names the file and the reason.</summary>
    private sealed class PluginLoadException(string message) : Exception(message);
}
