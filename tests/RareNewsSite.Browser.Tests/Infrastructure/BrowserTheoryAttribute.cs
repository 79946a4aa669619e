namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>The theory twin of <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the browser cannot run here.</summary>
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsAvailable && !Chromium.IsCi)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
