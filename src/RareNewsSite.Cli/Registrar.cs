using Spectre.Console.Cli;

namespace RareNewsSite.Cli;

/// <summary>A minimal type registrar that hands commands the output writers, so tests can run them in process.</summary>
internal sealed class Registrar(TextWriter stdout, TextWriter stderr) : ITypeRegistrar, ITypeResolver
{
    public void Register(Type service, Type implementation)
    {
    }

    public void RegisterInstance(Type service, object implementation)
    {
    }

    public void RegisterLazy(Type service, Func<object> factory)
    {
    }

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }
        if (type.IsInterface || type.IsAbstract)
        {
            return null; // Spectre falls back to its defaults (help provider and the like)
        }
        var withWriters = type.GetConstructor([typeof(Output)]);
        return withWriters is not null
            ? withWriters.Invoke([new Output(stdout, stderr)])
            : Activator.CreateInstance(type);
    }
}
