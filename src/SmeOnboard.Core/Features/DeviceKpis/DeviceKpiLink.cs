namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>A firm's installed table fed by one of its devices.</summary>
public sealed class DeviceKpiLink
{
    public required Guid Id { get; init; }
    public required Guid OrgId { get; init; }
    public required Guid InstallationId { get; init; }
    public required string TableId { get; init; }
    public required string DeviceId { get; init; }
    public required DeviceKpiKind Kind { get; init; }
    public required DeviceKpiMapping Mapping { get; init; }
    public required DeviceKpiState State { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
