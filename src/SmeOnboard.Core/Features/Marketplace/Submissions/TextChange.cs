namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>One manifest text or value that differs from the published version, before and after.</summary>
public sealed record TextChange(string Field, string Before, string After);
