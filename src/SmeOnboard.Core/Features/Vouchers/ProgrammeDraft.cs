namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>What an officer enters for a programme: texts in both languages, window, budget and rules.</summary>
public sealed class ProgrammeDraft
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;

    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public string DescriptionZh { get; init; } = "";
    public DateTimeOffset OpensAt { get; init; }
    public DateTimeOffset ClosesAt { get; init; }

    /// <summary>The first budget allocation in minor units; read when the programme is created, later only top-ups add.</summary>
    public long BudgetMinor { get; init; }

    /// <summary>ISO 4217 code, e.g. CNY; fixed once the programme exists.</summary>
    public string Currency { get; init; } = "CNY";

    public ProgrammeRules Rules { get; init; } = new();
}
