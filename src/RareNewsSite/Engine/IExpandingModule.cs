namespace RareNewsSite.Engine;

/// <summary>
/// A step that makes any number of documents from each document, independently of the others (the pages of one list).
/// Pipelines run it with <see cref="Steps.ForEach(IExpandingModule)"/>.
/// </summary>
public interface IExpandingModule
{
    /// <summary>Makes the document's outputs.</summary>
    IEnumerable<Document> Execute(Document doc, BuildContext context);
}
