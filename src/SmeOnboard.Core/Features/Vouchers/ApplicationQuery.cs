namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Filters of the officers' application queue; unset ones do not narrow.</summary>
public sealed class ApplicationQuery
{
    public Guid? ProgrammeId { get; init; }
    public ApplicationStatus? Status { get; init; } = ApplicationStatus.Open;

    /// <summary>Part of the firm's name.</summary>
    public string? FirmName { get; init; }
    public string? Region { get; init; }
}
