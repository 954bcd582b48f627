namespace SmeOnboard.Core.Features.Workspace;

/// <summary>One workspace form as the form list and the designer's form picker show it.</summary>
public sealed class FormSummary
{
    public string Key { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string TitleZhCn { get; init; } = "";
    public int Version { get; init; }
    public int FieldCount { get; init; }

    public string Title(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && TitleZhCn.Length > 0 ? TitleZhCn : TitleEn;
}
