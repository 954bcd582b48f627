using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Hosting;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Marketplace;

/// <summary>The app catalogue for firms: pages, the catalogue and install API, app icons, and loading marketplace/ on start.</summary>
public static partial class MarketplaceModule
{
    public static IServiceCollection AddMarketplace(this IServiceCollection services)
    {
        services.AddOptions<MarketplaceOptions>()
            .BindConfiguration(MarketplaceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            .PostConfigure<RepositoryRoot>((options, root) => options.CatalogueFolder = root.Resolve(options.CatalogueFolder));
        return services
            .AddMarketplaceCatalogue()
            .AddNavEntry(new NavEntry("/marketplace", "Nav.Marketplace", Filled.Storefront, Policies.Firm, 40))
            .AddNavEntry(new NavEntry("/marketplace/installed", "Nav.InstalledApps", Filled.AppSettingsAlt, Policies.Firm, 41));
    }

    public static IEndpointRouteBuilder MapMarketplace(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/marketplace").WithTags("Marketplace");
        api.MapGet("/apps", SearchAsync).RequireAuthorization(Policies.Firm);
        api.MapPost("/apps/{appId}/install", InstallAsync).RequireAuthorization(Policies.FirmAdmin);
        endpoints.MapGet("/marketplace/{appId}/icon.svg", Icon).RequireAuthorization(Policies.Firm);
        return endpoints;
    }

    /// <summary>Loads marketplace/ into the catalogue; called once the database is migrated and the demo vendors exist.</summary>
    public static async Task LoadMarketplaceCatalogueAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MarketplaceOptions>>().Value;
        if (!options.LoadOnStart)
        {
            return;
        }
        if (!Directory.Exists(options.CatalogueFolder))
        {
            LogNoFolder(services.GetRequiredService<ILogger<MarketplaceOptions>>(), options.CatalogueFolder);
            return;
        }
        await services.GetRequiredService<CatalogueLoader>().LoadAsync(options.CatalogueFolder);
    }

    private static async Task<Ok<CataloguePage>> SearchAsync(
        CatalogueStore catalogue, string? text, string? category, string? industry, int? level, bool? voucherEligible, bool? free,
        long? minPriceMinor, long? maxPriceMinor, CatalogueSort? sort, int? page, int? pageSize) =>
        TypedResults.Ok(await catalogue.SearchAsync(new CatalogueQuery
        {
            Text = text, Category = category, Industry = industry, MaturityLevel = level, VoucherEligibleOnly = voucherEligible == true,
            FreeOnly = free == true, MinPriceMinor = minPriceMinor, MaxPriceMinor = maxPriceMinor, Sort = sort ?? CatalogueSort.Relevance,
            Page = page ?? 1, PageSize = pageSize ?? 12,
        }));

    private static async Task<Results<Created<AppInstall>, NotFound, ProblemHttpResult, StatusCodeHttpResult>> InstallAsync(
        string appId, HttpRequest http, AppInstallStore installs)
    {
        // Read here rather than bound: a bound JSON body makes routing answer 415 before authorization refuses a stranger.
        if (!http.HasJsonContentType())
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }
        InstallRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<InstallRequest>(http.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return TypedResults.Problem(detail: "The body is not an install request: { \"scopes\": [ … ] }.", statusCode: StatusCodes.Status400BadRequest);
        }
        var result = await installs.InstallForCurrentAsync(appId, request?.Scopes ?? [], http.HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return TypedResults.Created("/marketplace/installed", result.Value);
        }
        var error = result.Errors[0];
        if (error.Code == "Errors.MarketplaceAppNotFound")
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: error.Code == "Errors.MarketplaceAlreadyInstalled" ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            title: "The app was not installed",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    private static Results<PhysicalFileHttpResult, NotFound> Icon(string appId, IOptions<MarketplaceOptions> options)
    {
        // The id picks a folder on disk: only catalogue-shaped ids, so no path can climb out of marketplace/.
        var file = Path.Combine(options.Value.CatalogueFolder, appId, ManifestValidator.IconFile);
        if (!AppId().IsMatch(appId) || !File.Exists(file))
        {
            return TypedResults.NotFound();
        }
        // Vendor SVG is shown through <img>, where scripts never run; opened directly, the portal's content security
        // policy (script-src 'self', no inline script) keeps it inert.
        return TypedResults.PhysicalFile(file, "image/svg+xml");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex AppId();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No marketplace folder at {Folder}; the catalogue is not loaded")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
