namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The outcome of one domain check: verified by a method, or the reason it was not, in plain words.</summary>
public sealed record DomainCheck(DomainCheckOutcome Outcome, DomainProofMethod? Method = null, string Detail = "")
{
    public bool Verified => Outcome == DomainCheckOutcome.Verified;
}
