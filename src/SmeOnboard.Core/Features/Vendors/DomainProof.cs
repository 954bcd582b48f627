using System.Security.Cryptography;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>Where a vendor places its token, and how what was found there is judged; shared by every verifier.</summary>
public static class DomainProof
{
    public const string RecordPrefix = "_smeonboard-verify.";
    public const string FilePath = "/.well-known/smeonboard-verification.txt";

    public static string RecordName(string domain) => RecordPrefix + domain;

    public static string FileUrl(string domain) => $"https://{domain}{FilePath}";

    /// <summary>A fresh token: 128 random bits, so nobody can guess another vendor's.</summary>
    public static string NewToken() => "smeonboard-verify=" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// Verified when either place holds the token; else a wrong token when a value was found, unreachable when neither
    /// place could be read, not found otherwise.
    /// </summary>
    public static DomainCheck Judge(string domain, string token, DomainLookup txt, DomainLookup file)
    {
        if (txt.Values.Any(v => v.Trim() == token))
        {
            return new DomainCheck(DomainCheckOutcome.Verified, DomainProofMethod.DnsTxt);
        }
        if (file.Values.Any(v => v.Trim() == token))
        {
            return new DomainCheck(DomainCheckOutcome.Verified, DomainProofMethod.WellKnownFile);
        }
        var found = txt.Values.Concat(file.Values).Where(v => v.Trim().Length > 0).ToList();
        if (found.Count > 0)
        {
            return new DomainCheck(DomainCheckOutcome.WrongToken, Detail: Shorten(found[0]));
        }
        if (txt.Failure is not null && file.Failure is not null)
        {
            return new DomainCheck(DomainCheckOutcome.Unreachable, Detail: $"{txt.Failure}; {file.Failure}");
        }
        return new DomainCheck(DomainCheckOutcome.NotFound, Detail: domain);
    }

    private static string Shorten(string value) => value.Length <= 80 ? value.Trim() : value[..80] + "…";
}
