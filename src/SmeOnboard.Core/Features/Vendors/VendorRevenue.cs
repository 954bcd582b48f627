namespace SmeOnboard.Core.Features.Vendors;

/// <summary>What firms paid a vendor in one currency, by card and by voucher: paid orders less refunds, before the platform fee.</summary>
public sealed class VendorRevenue
{
    public string Currency { get; init; } = "";
    public long CardMinor { get; init; }
    public long VoucherMinor { get; init; }
}
