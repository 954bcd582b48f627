using System.Net;

namespace SmeOnboard.Web.Resources;

/// <summary>One language's part of a <see cref="BilingualEmail"/>.</summary>
public sealed record EmailContent(string Subject, string Text, string Html)
{
    /// <summary>
    /// The portal's notice layout, as plain text and HTML alike: what happened, an optional note set apart (a reviewer's
    /// comment), where to see it in the portal, and the footer.
    /// </summary>
    public static EmailContent Notice(string subject, string body, string? note, string where, string footer) => new(
        subject,
        string.Join("\n\n", new[] { body, note, where, footer }.OfType<string>()),
        $"""
        <p>{WebUtility.HtmlEncode(body)}</p>
        {(note is null ? "" : $"<p><strong>{WebUtility.HtmlEncode(note)}</strong></p>")}
        <p>{WebUtility.HtmlEncode(where)}</p>
        <p style="color:#666">{WebUtility.HtmlEncode(footer)}</p>
        """);
}
