using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Hosting;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Templates;

public static class TemplatesModule
{
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.AddOptions<TemplatesOptions>()
            .BindConfiguration(TemplatesOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            .PostConfigure<RepositoryRoot>((options, root) => options.Folder = root.Resolve(options.Folder));
        return services
            .AddSingleton<TemplateGallery>()
            .AddNavEntry(new NavEntry("/templates", "Nav.Templates", Filled.ViewModule, Policies.Firm, 14));
    }
}
