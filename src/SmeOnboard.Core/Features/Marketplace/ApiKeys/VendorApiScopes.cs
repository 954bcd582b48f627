namespace SmeOnboard.Core.Features.Marketplace.ApiKeys;

/// <summary>What a vendor API key may do; a key holds only the scopes it was created with.</summary>
public static class VendorApiScopes
{
    public const string SubmissionsWrite = "submissions.write";
    public const string SubmissionsRead = "submissions.read";

    public static readonly IReadOnlyList<string> All = [SubmissionsWrite, SubmissionsRead];
}
