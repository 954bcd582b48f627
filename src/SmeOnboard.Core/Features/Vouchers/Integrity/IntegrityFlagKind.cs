namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>Why an integrity flag was raised.</summary>
public enum IntegrityFlagKind
{
    SharedAddress,
    SharedDirector,
    SharedBankAccount,
    PriceRaised,
    VendorVelocity,
}
