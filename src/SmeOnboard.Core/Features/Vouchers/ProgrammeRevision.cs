namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>One revision of a programme's texts and rules, as vouchers issued under it keep them.</summary>
public sealed class ProgrammeRevision
{
    public Guid ProgrammeId { get; init; }
    public int Revision { get; init; }
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public ProgrammeRules Rules { get; init; } = new();
}
