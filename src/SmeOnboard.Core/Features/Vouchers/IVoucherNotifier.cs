namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// Tells a firm's people about their application or voucher. The web host composes the email in both portal languages
/// from its resources, which Core does not hold.
/// </summary>
public interface IVoucherNotifier
{
    Task NotifyAsync(VoucherNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default);
}
