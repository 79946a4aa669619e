using RareNewsSite.Site;

namespace RareNewsSite.Templates;

/// <summary>What template functions read from the build: the link builder and the fingerprinted asset names.</summary>
internal sealed record TemplateSite(LinkBuilder Links, IReadOnlyDictionary<string, string> Assets);
