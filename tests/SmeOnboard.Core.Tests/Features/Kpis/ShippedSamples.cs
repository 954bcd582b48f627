using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Tests.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Kpis;

/// <summary>The shipped templates with their typed sample rows, loaded once for the KPI tests.</summary>
internal static class ShippedSamples
{
    public static TemplateCatalog Catalog { get; } = TemplateLoader.LoadFolder(TemplateFolders.Shipped);

    public static Template Template(string slug) => Catalog.Find(slug) ?? throw new InvalidOperationException($"No template {slug}.");

    public static TemplateKpi Kpi(string slug, string id) => Template(slug).Manifest.Kpis.Single(k => k.Id == id);

    public static SampleTable Table(string slug, string tableId) => Template(slug).Table(tableId)!;
}
