using System.Text.Json.Nodes;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>A workflow as the API returns it: the versions that matter and the latest document in our JSON format.</summary>
public sealed record DefinitionView(string DefinitionId, string Name, int LatestVersion, int? PublishedVersion, JsonNode Document);
