namespace SmeOnboard.Core.Common;

/// <summary>
/// An expected failure tied to an input field (empty when it concerns the whole form). The code is a resource key
/// the UI turns into plain words in the reader's language; the message is the English fallback.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);
