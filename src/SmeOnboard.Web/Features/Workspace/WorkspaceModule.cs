using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Workspace;

/// <summary>The firm's workspace: installing templates, the installed list with upgrades, forms in tasks and the form builder.</summary>
public static class WorkspaceModule
{
    public static IServiceCollection AddWorkspaceFeature(this IServiceCollection services) => services
        .AddWorkspace()
        .AddNavEntry(new NavEntry("/workspace/templates", "Nav.InstalledTemplates", Filled.Widgets, Policies.Firm, 15))
        .AddNavEntry(new NavEntry("/workspace/forms", "StartWork.Title", Filled.Send, Policies.Firm, 16))
        .AddNavEntry(new NavEntry("/workspace/form-builder", "Nav.Forms", Filled.DynamicForm, Policies.FirmAdmin, 17));

    public static IEndpointRouteBuilder MapWorkspaceFeature(this IEndpointRouteBuilder endpoints)
    {
        // Any member of the firm that stored the file may read it; the store answers another firm's file as missing.
        endpoints.MapGet("/workspace/form-files/{fileId:guid}", FormFileAsync).RequireAuthorization(Policies.Firm).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Where a stored form file or signature is downloaded.</summary>
    public static string FormFileUrl(string fileId) => $"/workspace/form-files/{Uri.EscapeDataString(fileId)}";

    private static async Task<Results<FileContentHttpResult, NotFound>> FormFileAsync(Guid fileId, FormFileStore files, HttpContext context)
    {
        var file = await files.FindAsync(fileId, context.RequestAborted);
        if (file is null)
            return TypedResults.NotFound();
        // The type was read from the file's own bytes when it was stored; the browser must not guess another.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
