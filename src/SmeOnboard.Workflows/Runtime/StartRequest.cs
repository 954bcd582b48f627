using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>What starting an instance needs: its organisation, its input and, for triggers, where and why it starts.</summary>
public sealed class StartRequest
{
    public required string OrganisationId { get; init; }

    /// <summary>The new instance's id; a new one is made when not given.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Visible to scripts as <c>input</c>; an object's properties named like variables set those variables.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>The activity to start at; by default a ManualStart, else the first activity nothing points to.</summary>
    /// <remarks>A trigger activity started at this way waits for its stimulus like one reached mid-flow.</remarks>
    public string? StartActivityId { get; init; }

    /// <summary>The trigger whose stimulus started the instance; the instance starts there and the trigger completes at once.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>The payload of the stimulus that started the instance, handed to the trigger activity.</summary>
    public JsonNode? TriggerPayload { get; init; }

    /// <summary>Who or what started the instance (a user id, or a kind of stimulus such as "device"), kept as given.</summary>
    public string? StartedBy { get; init; }
}
