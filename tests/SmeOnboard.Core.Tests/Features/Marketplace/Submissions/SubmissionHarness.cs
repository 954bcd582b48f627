using System.Security.Claims;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Submissions;

/// <summary>Manifests to submit (copies of a shipped app under a unique id and name) and the steps tests repeat.</summary>
internal static class SubmissionHarness
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The free andon app under <paramref name="appId"/> from <paramref name="vendor"/>, at <paramref name="version"/>,
    /// changed by <paramref name="change"/>.
    /// </summary>
    public static string Manifest(Registered vendor, string appId, string version = "1.0.0", Action<JsonObject>? change = null) =>
        TestManifests.Copy("shopfloor-andon", appId, manifest =>
        {
            manifest["version"] = version;
            manifest["vendor"]!["name"] = vendor.Organisation.Name;
            manifest["name"]!["en"] = $"Calls {appId}";
            change?.Invoke(manifest);
        }).ToJsonString();

    public static async Task<ClaimsPrincipal> PlatformAdminAsync(this PortalHarness portal) =>
        Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin);

    /// <summary>Submits, reviews and approves: the version ends published in the catalogue.</summary>
    public static async Task<Submission> PublishAsync(this PortalHarness portal, Registered vendor, ClaimsPrincipal admin, string json)
    {
        var submitted = await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(json, null, Ct);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => $"{e.Field}: {e.Message}")));
        var id = submitted.Value.Submission.Id;
        Assert.True((await portal.As<SubmissionStore>(admin).StartReviewAsync(id, Ct)).Succeeded);
        var approved = await portal.As<SubmissionStore>(admin).ApproveAsync(id, null, Ct);
        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors.Select(e => e.Message)));
        return approved.Value;
    }
}
