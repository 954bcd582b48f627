using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Features.Marketplace.Webhooks;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Workflows;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Vendors;

/// <summary>The vendor side of the marketplace: onboarding, dashboard, their apps and submissions, the submit page, the submission API and emails.</summary>
public static class VendorsModule
{
    public static IServiceCollection AddVendors(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddVendorOnboarding().AddDnsAndFileDomainVerifier();
        services.AddOptions<VendorPayoutOptions>().BindConfiguration(VendorPayoutOptions.Section);
        // A vendor's receiver on the developer's own machine is plain http; anywhere else webhooks go over https only.
        services.AddOptions<VendorWebhookOptions>()
            .BindConfiguration(VendorWebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.AllowLoopbackHttp |= environment.IsDevelopment());
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        return services
        .AddScoped<ISubmissionNotifier, SubmissionEmails>()
        .AddNavEntry(new NavEntry("/vendor/dashboard", "Nav.VendorDashboard", Filled.Dashboard, Policies.Vendor, 59))
        .AddNavEntry(new NavEntry("/vendor/apps", "Nav.VendorApps", Filled.Apps, Policies.Vendor, 60))
        .AddNavEntry(new NavEntry("/vendor/apps/submit", "Nav.VendorSubmit", Filled.Upload, Policies.Vendor, 61))
        .AddNavEntry(new NavEntry("/vendor/keys", "Nav.VendorKeys", Filled.Key, Policies.Vendor, 62))
        .AddNavEntry(new NavEntry("/vendor/onboarding", "Nav.VendorOnboarding", Filled.VerifiedUser, Policies.Vendor, 63))
        .AddNavEntry(new NavEntry("/vendor/webhooks", "Nav.VendorWebhooks", Filled.Webhook, Policies.Vendor, 64));
    }

    public static IEndpointRouteBuilder MapVendors(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/vendor").WithTags("Vendor");
        api.MapGet("/submissions", ListAsync).RequireAuthorization(Policies.VendorRead).WithPrincipalFromPolicy();
        api.MapPost("/submissions", SubmitAsync).RequireAuthorization(Policies.VendorSubmit).WithPrincipalFromPolicy();
        // Keys are managed by a signed-in developer only: a key cannot mint or revoke keys.
        api.MapGet("/keys", ListKeysAsync).RequireAuthorization(Policies.Vendor);
        api.MapPost("/keys", CreateKeyAsync).RequireAuthorization(Policies.Vendor);
        api.MapDelete("/keys/{id:guid}", RevokeKeyAsync).RequireAuthorization(Policies.Vendor);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<VendorApiKey>>> ListKeysAsync(VendorApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListForCurrentAsync(cancellationToken));

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateKeyAsync(HttpRequest http, VendorApiKeyStore keys, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<ApiKeyRequest>(http, cancellationToken);
        if (request is null)
        {
            return FieldErrorProblems.From([error!]);
        }
        var result = await keys.CreateForCurrentAsync(request.Name ?? "", request.Scopes ?? [], cancellationToken);
        return result.Succeeded ? TypedResults.Created("/api/v1/vendor/keys", result.Value) : FieldErrorProblems.From(result.Errors);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(Guid id, VendorApiKeyStore keys, CancellationToken cancellationToken) =>
        await keys.RevokeForCurrentAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<SubmissionResponse[]>> ListAsync(SubmissionStore submissions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await submissions.ListForCurrentAsync(cancellationToken)).Select(s => SubmissionResponse.From(s, [])).ToArray());

    /// <summary>
    /// The body is the manifest itself (app.json), read as text so the checks see exactly what the vendor sent;
    /// <c>?resubmit={id}</c> replaces the manifest of a draft or of a version sent back for changes.
    /// </summary>
    private static async Task<Results<Created<SubmissionResponse>, NotFound, ValidationProblem, StatusCodeHttpResult>> SubmitAsync(
        HttpRequest http, SubmissionStore submissions, Guid? resubmit, CancellationToken cancellationToken)
    {
        // JSON only: a cross-site form cannot send it without a preflight, so the sign-in cookie cannot be abused.
        if (!http.HasJsonContentType())
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }
        using var reader = new StreamReader(http.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        var result = await submissions.SubmitForCurrentAsync(json, resubmit, cancellationToken);
        if (result.Succeeded)
        {
            var details = result.Value;
            return TypedResults.Created($"/vendor/apps#{details.Submission.Id}", SubmissionResponse.From(details.Submission, details.Checks));
        }
        return result.Errors[0] == SubmissionErrors.NotFound ? TypedResults.NotFound() : FieldErrorProblems.From(result.Errors);
    }
}
