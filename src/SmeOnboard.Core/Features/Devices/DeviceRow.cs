namespace SmeOnboard.Core.Features.Devices;

/// <summary>A registered device: what it is, its signals, its secret's hash and what it sent.</summary>
public sealed class DeviceRow
{
    public string Id { get; init; } = "";

    public Guid OrgId { get; init; }

    public string Name { get; init; } = "";

    public string MachineType { get; init; } = "";

    public string Location { get; init; } = "";

    /// <summary>The signals as JSON; <see cref="DeviceJson.Signals"/> reads them.</summary>
    public string Signals { get; init; } = "[]";

    public string SecretHash { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset SecretIssuedAt { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    public string? LastMessage { get; init; }

    public long AcceptedCount { get; init; }

    public long RejectedCount { get; init; }

    /// <summary>The latest rejections, newest first, as JSON; <see cref="DeviceJson.Rejections"/> reads them.</summary>
    public string LastRejections { get; init; } = "[]";
}
