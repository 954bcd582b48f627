namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>A vendor with apps in the catalogue, what the programme's vouchers spent there, and its suspension.</summary>
public sealed class ProgrammeVendor
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public long VoucherOrders { get; init; }
    public DateTimeOffset? SuspendedAt { get; init; }
    public string? SuspensionReason { get; init; }

    public bool IsSuspended => SuspendedAt is not null;
}
