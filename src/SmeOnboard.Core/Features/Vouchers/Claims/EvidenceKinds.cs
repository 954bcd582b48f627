namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>What a claim's evidence shows: the invoice paid, and that the app is in use.</summary>
public static class EvidenceKinds
{
    public const string Invoice = "Invoice";
    public const string ProofOfUse = "ProofOfUse";
}
