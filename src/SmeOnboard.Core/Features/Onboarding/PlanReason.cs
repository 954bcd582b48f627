namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>Why a template is in the plan: a pain it addresses, the level it suits, or the firm's industry. Code: the pain code, level or industry code.</summary>
public sealed record PlanReason(PlanReasonKind Kind, string Code);
