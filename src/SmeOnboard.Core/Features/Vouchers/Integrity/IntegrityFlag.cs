namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// Something in a programme's data for an officer to look at, not a verdict. The code is a resource key whose text
/// takes <see cref="Arguments"/>; <see cref="Message"/> is the English fallback.
/// </summary>
public sealed class IntegrityFlag
{
    public IntegrityFlagKind Kind { get; init; }
    public string Code { get; init; } = "";
    public IReadOnlyList<string> Arguments { get; init; } = [];
    public string Message { get; init; } = "";
    public Guid? FirmOrgId { get; init; }
    public Guid VendorOrgId { get; init; }
    public Guid? OrderId { get; init; }
}
