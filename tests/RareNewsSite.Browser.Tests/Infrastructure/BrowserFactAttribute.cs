namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// A fact that is skipped, with the install command as the reason, when Chromium is missing outside CI.
/// xUnit 2 has no dynamic skip, so the decision is made when the attribute is constructed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the browser cannot run here.</summary>
    public BrowserFactAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsCi)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
