using Xunit;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// A fact that needs Chromium and the Decap CMS packages (<c>npm ci</c>). Skipped locally with the command to run
/// when something is missing; under <c>CI=true</c> it runs and fails instead, never skips.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DecapFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the test cannot run here.</summary>
    public DecapFactAttribute()
    {
        Skip = Chromium.SkipReason(DecapPackages.IsAvailable, DecapPackages.MissingMessage);
    }
}
