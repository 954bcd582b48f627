namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// One reason a firm is not eligible. The code is a resource key whose text takes <see cref="Arguments"/> in order;
/// the message is the English fallback.
/// </summary>
public sealed record IneligibilityReason(string Code, string Message, params IReadOnlyList<string> Arguments);
