namespace SmeOnboard.Core.Features.Vendors;

public enum DomainCheckOutcome
{
    Verified,

    /// <summary>Neither a TXT record nor the file exists.</summary>
    NotFound,

    /// <summary>A record or the file exists but holds another value.</summary>
    WrongToken,

    /// <summary>Neither DNS nor the website answered.</summary>
    Unreachable,
}
