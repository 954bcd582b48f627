namespace SmeOnboard.Core.Features.Templates;

/// <summary>What a templates folder held: the valid templates, and every problem of those left out.</summary>
public sealed record TemplateCatalog(IReadOnlyList<Template> Templates, IReadOnlyList<TemplateProblem> Problems)
{
    public static TemplateCatalog Empty { get; } = new([], []);

    public Template? Find(string slug) => Templates.FirstOrDefault(t => t.Slug == slug);
}
