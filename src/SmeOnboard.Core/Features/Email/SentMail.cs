namespace SmeOnboard.Core.Features.Email;

/// <summary>A message found in the pickup folder.</summary>
public sealed record SentMail(string FileName, DateTimeOffset SentAt, string To, string Subject, string TextBody);
