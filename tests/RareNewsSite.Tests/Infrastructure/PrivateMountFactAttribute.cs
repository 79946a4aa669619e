using Xunit;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>A fact that needs <see cref="PrivateMount"/>: skipped with the reason outside CI, run (and failing) under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrivateMountFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when private mounts do not work here.</summary>
    public PrivateMountFactAttribute()
    {
        if (PrivateMount.MissingMessage is { } problem && !PrivateMount.IsCi)
        {
            Skip = problem;
        }
    }
}
