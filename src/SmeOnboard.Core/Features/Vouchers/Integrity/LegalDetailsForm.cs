namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>What an organisation's administrator enters; an empty bank account keeps the stored one.</summary>
public sealed class LegalDetailsForm
{
    public const int MaxLength = 300;

    public string RegisteredAddress { get; set; } = "";

    /// <summary>One or more directors, separated by commas or semicolons.</summary>
    public string DirectorName { get; set; } = "";

    public string BankAccount { get; set; } = "";
}
