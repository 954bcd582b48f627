namespace SmeOnboard.Web.Features.Onboarding;

/// <summary>One step of the firm's start: its text key, where to do it, and whether the firm's data shows it done.</summary>
public sealed record ChecklistItem(string TextKey, string? Href, bool Done);
