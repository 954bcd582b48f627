using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Web.Features.Templates;

/// <summary>
/// The validated templates, loaded once per process on first use. A malformed template is logged with its file, path
/// and reason and left out of the gallery and the plan; the others are offered as usual.
/// </summary>
public sealed partial class TemplateGallery(IOptions<TemplatesOptions> options, ILogger<TemplateGallery> logger)
{
    private readonly Lazy<TemplateCatalog> _catalog = new(() => Load(options.Value.Folder, logger));

    public TemplateCatalog Catalog => _catalog.Value;

    public IReadOnlyList<Template> Templates => Catalog.Templates;

    private static TemplateCatalog Load(string folder, ILogger logger)
    {
        var catalog = TemplateLoader.LoadFolder(folder);
        foreach (var problem in catalog.Problems)
            LogProblem(logger, problem.Folder, problem.File, problem.Path, problem.Reason);
        LogLoaded(logger, catalog.Templates.Count, folder);
        return catalog;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Template {Folder} left out: {File} {Path}: {Reason}")]
    private static partial void LogProblem(ILogger logger, string folder, string file, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} industry templates loaded from {Folder}")]
    private static partial void LogLoaded(ILogger logger, int count, string folder);
}
