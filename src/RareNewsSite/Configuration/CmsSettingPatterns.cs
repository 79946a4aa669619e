using System.Text.RegularExpressions;

namespace RareNewsSite.Configuration;

/// <summary>The shapes of the CMS settings that end up in <c>config.yml</c> and the admin page.</summary>
internal static partial class CmsSettingPatterns
{
    /// <summary>A GitHub owner/name: letters, digits and hyphens for the owner; also dots and underscores for the name.</summary>
    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    public static partial Regex Repository();

    /// <summary>A git branch name as editors write them: no spaces, no '..', no characters git refuses in a ref.</summary>
    [GeneratedRegex(@"^(?!/)(?!.*\.\.)(?!.*//)[^\s~^:?*\[\\\x00-\x1f\x7f]+(?<![/.])$")]
    public static partial Regex Branch();
}
