namespace SmeOnboard.Core.Features.Vendors;

/// <summary>Looks for a vendor's token in its domain's DNS TXT record or well-known file (see <see cref="DomainProof"/>).</summary>
public interface IDomainVerifier
{
    Task<DomainCheck> CheckAsync(string domain, string token, CancellationToken cancellationToken = default);
}
