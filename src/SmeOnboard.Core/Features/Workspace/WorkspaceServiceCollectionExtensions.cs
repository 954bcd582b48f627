using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Core.Features.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>The firm's workspace: template installs and upgrades, its forms and table rows, and form tasks.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddOptions<FormFileOptions>().BindConfiguration(FormFileOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
        .AddScoped<WorkspaceStore>()
        .AddScoped<FormFileStore>()
        .AddScoped<IWorkspaceData>(provider => provider.GetRequiredService<WorkspaceStore>())
        .AddScoped<IWorkspaceForms>(provider => provider.GetRequiredService<WorkspaceStore>())
        .AddScoped<WorkspaceFormEditor>()
        .AddScoped<TemplateInstaller>()
        .AddScoped<TemplateUpgrades>()
        .AddScoped<WorkspaceTasks>()
        .AddScoped<FormSubmissions>()
        .AddSingleton<TableRowEffect>()
        .AddSingleton<IOutboxEffect>(provider => provider.GetRequiredService<TableRowEffect>());
    }
}
