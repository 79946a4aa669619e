namespace RareNewsSite.Templates;

/// <summary>A theme asset's name (<c>site.css</c>) and where its fingerprinted copy is published.</summary>
internal sealed record AssetPath(string Name, string Destination);
