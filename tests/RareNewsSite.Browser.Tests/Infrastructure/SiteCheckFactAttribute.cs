using Xunit;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// A fact that needs the built site served (so Chromium's fixture) and the npm tools. Skipped locally with
/// the command to run when something is missing; under <c>CI=true</c> it runs and fails instead.
/// </summary>
public sealed class SiteCheckFactAttribute : FactAttribute
{
    public SiteCheckFactAttribute()
    {
        Skip = Chromium.SkipReason(NodeTools.IsAvailable, NodeTools.MissingMessage);
    }
}
