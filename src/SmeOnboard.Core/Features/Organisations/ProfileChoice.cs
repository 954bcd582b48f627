namespace SmeOnboard.Core.Features.Organisations;

/// <summary>One allowed value of a profile field, named in both portal languages.</summary>
public sealed record ProfileChoice(string Code, string English, string Chinese)
{
    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
