namespace SmeOnboard.Web.Resources;

/// <summary>One language's part of a <see cref="BilingualEmail"/>.</summary>
public sealed record EmailContent(string Subject, string Text, string Html);
