namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>A marketplace_app_reviews row: one firm's rating and text of an app, and the vendor's reply.</summary>
public sealed class FirmReview
{
    public const string Columns =
        "r.id, r.app_id, r.org_id, r.firm_name, r.author_name, r.stars, r.body, r.created_at, r.edited_at, r.reply_body, r.reply_at, r.reply_by_name";

    public Guid Id { get; init; }
    public string AppId { get; init; } = "";
    public Guid OrgId { get; init; }
    public string FirmName { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public int Stars { get; init; }

    /// <summary>Plain text; pages show it as text, never as markup.</summary>
    public string Body { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public string? ReplyBody { get; init; }
    public DateTimeOffset? ReplyAt { get; init; }
    public string? ReplyByName { get; init; }

    public bool IsEdited => EditedAt is not null;

    public bool HasReply => ReplyBody is not null;
}
