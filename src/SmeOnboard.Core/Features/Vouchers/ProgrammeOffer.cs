namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>An open programme as a firm sees it: whether it is eligible (else why not) and where its application stands.</summary>
public sealed class ProgrammeOffer
{
    public VoucherProgramme Programme { get; init; } = new();
    public string AgencyName { get; init; } = "";
    public IReadOnlyList<IneligibilityReason> Reasons { get; init; } = [];
    public VoucherApplication? LatestApplication { get; init; }

    /// <summary>The coverage this firm would get, after any size tier.</summary>
    public int CoveragePercent { get; init; }

    public bool IsEligible => Reasons.Count == 0;

    public bool HasOpenApplication => LatestApplication is { Status: ApplicationStatus.Open };
}
