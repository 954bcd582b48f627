namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>A satisfaction question about one voucher-paid order, and the firm's answer once given.</summary>
public sealed class SatisfactionQuestion
{
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 1000;

    public const string Select =
        """
        SELECT q.id, q.programme_id, q.order_id, q.firm_org_id, q.question, q.asked_at, q.rating, q.answer, q.answered_at,
               f.name AS firm_name, a.name_en AS app_name_en, a.name_zh AS app_name_zh, r.name_en AS programme_name_en, r.name_zh AS programme_name_zh
        FROM voucher_satisfaction_questions q JOIN checkout_orders o ON o.id = q.order_id JOIN marketplace_apps a ON a.id = o.app_id
        JOIN organisations f ON f.id = q.firm_org_id JOIN voucher_programmes p ON p.id = q.programme_id
        JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = p.current_revision
        """;

    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid OrderId { get; init; }
    public Guid FirmOrgId { get; init; }
    public string Question { get; init; } = "";
    public DateTimeOffset AskedAt { get; init; }

    /// <summary>1 (very unhappy) to 5 (very happy); null until answered.</summary>
    public int? Rating { get; init; }

    public string? Answer { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public string FirmName { get; init; } = "";
    public string AppNameEn { get; init; } = "";
    public string AppNameZh { get; init; } = "";
    public string ProgrammeNameEn { get; init; } = "";
    public string ProgrammeNameZh { get; init; } = "";

    public bool IsAnswered => AnsweredAt is not null;

    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;

    public string ProgrammeNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ProgrammeNameZh : ProgrammeNameEn;
}
