namespace RareNewsSite.Site;

/// <summary>
/// The names of the pipelines that make each part of the site, handed to the modules that read those parts, so a
/// module names no pipeline of its own accord (the pipeline file decides where its documents come from).
/// </summary>
/// <param name="Articles">Every article read and parsed, published or not (link targets).</param>
/// <param name="Content">The published, rendered articles with their views and cards.</param>
/// <param name="Authors">Author records and views.</param>
/// <param name="Diseases">Disease records and views.</param>
/// <param name="Pages">Static pages (navigation, footer).</param>
/// <param name="Assets">The theme's fingerprinted assets.</param>
/// <param name="Lists">The published articles' cards, sorted and grouped once per build.</param>
/// <param name="Addresses">Every address a link may be written as, one document (links by site address).</param>
/// <param name="ContentAssets">Editors' files under input/assets/, photos with their sizes (responsive images).</param>
internal sealed record SiteParts(string Articles, string Content, string Authors, string Diseases, string Pages, string Assets, string Lists, string Addresses, string ContentAssets);
