namespace SmeOnboard.Core.Features.Email;

/// <summary>A message to one person, with an HTML body and its plain-text twin for clients that show no HTML.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);
