namespace SmeOnboard.Core.Features.Vendors;

/// <summary>How a vendor proved control of its website's domain.</summary>
public enum DomainProofMethod
{
    /// <summary>A TXT record at _smeonboard-verify.&lt;domain&gt; holds the token.</summary>
    DnsTxt,

    /// <summary>https://&lt;domain&gt;/.well-known/smeonboard-verification.txt holds the token.</summary>
    WellKnownFile,

    /// <summary>A demo vendor, recorded as verified by the demo seed.</summary>
    Seeded,
}
