namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>Tells a firm's people that a renewal failed; the web host composes the email in both portal languages.</summary>
public interface IRenewalNotifier
{
    Task NotifyPastDueAsync(RenewalNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default);
}
