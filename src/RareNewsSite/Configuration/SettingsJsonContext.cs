using System.Text.Json;
using System.Text.Json.Serialization;

namespace RareNewsSite.Configuration;

/// <summary>Source-generated JSON binding: comments and trailing commas allowed, unknown keys an error.</summary>
[JsonSourceGenerationOptions(
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SiteSettings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
