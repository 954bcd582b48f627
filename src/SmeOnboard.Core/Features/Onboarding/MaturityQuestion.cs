using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>One self-assessment question with a plain-language description of each answer from 0 to 5.</summary>
public sealed record MaturityQuestion(string Id, MaturityDimension Dimension, LocalizedText Text, IReadOnlyList<LocalizedText> Answers);
