using System.Text.Json.Nodes;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>A device signal sent for the caller's firm: the exact MQTT topic and the message.</summary>
public sealed record SignalRequest(string? Topic, JsonNode? Payload);
