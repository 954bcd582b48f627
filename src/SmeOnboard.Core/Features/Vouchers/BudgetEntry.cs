namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>One addition to a programme's budget: the first allocation or a top-up, with who and when.</summary>
public sealed class BudgetEntry
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public string Kind { get; init; } = "";
    public long AmountMinor { get; init; }
    public string Currency { get; init; } = "";
    public string? Note { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedByName { get; init; }
}
