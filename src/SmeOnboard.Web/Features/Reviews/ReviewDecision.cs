namespace SmeOnboard.Web.Features.Reviews;

/// <summary>A reviewer's decision over the API: start, approve, request-changes, reject, suspend, reinstate or delist.</summary>
public sealed record ReviewDecision(string Decision, string? Comment);
