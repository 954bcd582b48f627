namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>What the vendor is told after a move: which app and version, its new state and the reviewer's words.</summary>
public sealed record SubmissionNotice(Guid SubmissionId, string AppId, string AppNameEn, string AppNameZh, string Version, SubmissionState State, string? Comment);
