namespace SmeOnboard.Core.Features.Templates;

/// <summary>A template that passed every check: its manifest with the workflows, forms and sample rows it ships.</summary>
public sealed record Template(
    string Folder,
    TemplateManifest Manifest,
    IReadOnlyList<TemplateWorkflow> Workflows,
    IReadOnlyList<TemplateForm> Forms,
    IReadOnlyList<SampleTable> Tables)
{
    public string Slug => Manifest.Slug;

    public SampleTable? Table(string id) => Tables.FirstOrDefault(t => t.Table.Id == id);
}
