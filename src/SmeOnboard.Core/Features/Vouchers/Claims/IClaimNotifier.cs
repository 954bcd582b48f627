namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>Tells a firm's people about the decision on their claim; the web host composes the bilingual email.</summary>
public interface IClaimNotifier
{
    Task NotifyAsync(ClaimNotice notice, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default);
}
