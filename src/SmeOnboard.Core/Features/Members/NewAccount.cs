namespace SmeOnboard.Core.Features.Members;

/// <summary>The person who signs up or accepts an invitation.</summary>
public sealed record NewAccount(string DisplayName, string Email, string Password);
