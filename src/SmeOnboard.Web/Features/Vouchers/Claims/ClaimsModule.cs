using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Vouchers.Claims;

/// <summary>
/// Reimbursement claims: firms file them with evidence after paying an app in full, officers decide them in a queue,
/// and both read the evidence files through one endpoint that answers only the claim's firm and agency.
/// </summary>
public static class ClaimsModule
{
    public static IServiceCollection AddVoucherClaims(this IServiceCollection services)
    {
        services.AddOptions<ClaimOptions>().BindConfiguration(ClaimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddClaimStores()
            .AddScoped<IClaimNotifier, ClaimEmails>()
            .AddNavEntry(new NavEntry("/vouchers/claims", "Nav.MyClaims", Filled.RequestQuote, Policies.Firm, 44))
            .AddNavEntry(new NavEntry("/programmes/claims", "Nav.ClaimQueue", Filled.FactCheck, Policies.Government, 62));
    }

    public static IEndpointRouteBuilder MapVoucherClaims(this IEndpointRouteBuilder endpoints)
    {
        // Firms and officers both read evidence; the store answers only the claim's own firm and agency, others get 404.
        endpoints.MapGet("/vouchers/claims/{claimId:guid}/evidence/{evidenceId:guid}", EvidenceAsync)
            .RequireAuthorization(Policies.OrganisationMember).ExcludeFromDescription();
        return endpoints;
    }

    public static string EvidenceUrl(Guid claimId, Guid evidenceId) => $"/vouchers/claims/{claimId}/evidence/{evidenceId}";

    private static async Task<Results<FileContentHttpResult, NotFound>> EvidenceAsync(Guid claimId, Guid evidenceId, ClaimStore claims, HttpContext context)
    {
        var file = await claims.FindEvidenceAsync(claimId, evidenceId, context.RequestAborted);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        // The type was read from the file's own bytes when it was filed; the browser must not guess another.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
