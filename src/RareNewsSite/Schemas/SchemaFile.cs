namespace RareNewsSite.Schemas;

/// <summary>One JSON Schema file: its name, the site files it describes (globs from the site root) and its text.</summary>
public sealed record SchemaFile(string FileName, IReadOnlyList<string> AppliesTo, string Json);
