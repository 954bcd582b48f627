namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>A scored assessment: 0–100 overall, the level 1–4 it maps to, and 0–100 per dimension for the radar chart.</summary>
public sealed record MaturityResult(int Score, int Level, IReadOnlyDictionary<MaturityDimension, int> Dimensions);
