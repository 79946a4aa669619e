namespace RareNewsSite.Content;

/// <summary>
/// How a front matter value is read. Each type is one reader of <see cref="FrontMatter"/> (or of a Trust reader) and one
/// shape in the JSON Schemas for editors, so the two are defined together.
/// </summary>
internal enum FieldType
{
    /// <summary>A plain value (a number is read as its text).</summary>
    Text,

    /// <summary>An ISO 8601 date, YYYY-MM-DD, with an optional time and offset.</summary>
    Date,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A list of plain values.</summary>
    TextList,

    /// <summary>A list of mappings whose fields are <see cref="FrontMatterField.ItemFields"/>.</summary>
    MappingList,

    /// <summary>A list of ClinicalTrials.gov numbers.</summary>
    TrialNumbers,

    /// <summary>One mapping whose fields are <see cref="FrontMatterField.ItemFields"/>.</summary>
    Mapping,
}
