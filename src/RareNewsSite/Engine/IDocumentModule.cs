namespace RareNewsSite.Engine;

/// <summary>
/// A step that makes one document (or none) from each document, independently of the others: a plain function of
/// the document and what it reads through the context. Pipelines run it with <see cref="Steps.ForEach(IDocumentModule)"/>.
/// </summary>
public interface IDocumentModule
{
    /// <summary>Makes the document's output, or null to drop it.</summary>
    Document? Execute(Document doc, BuildContext context);
}
