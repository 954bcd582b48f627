using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>Something that happened outside (a task done, a signal, a webhook call) that may resume bookmarks.</summary>
public sealed record Stimulus(BookmarkKind Kind, string Key, JsonNode? Payload = null)
{
    /// <summary>The hash stores index bookmarks by.</summary>
    public string Hash => HashOf(Kind, Key);

    /// <summary>The stable hash of a kind and key: lowercase hex of SHA-256 over "kind:key".</summary>
    public static string HashOf(BookmarkKind kind, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}")));
}
