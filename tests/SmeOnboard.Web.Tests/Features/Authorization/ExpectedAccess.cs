using static SmeOnboard.Web.Tests.Features.Authorization.Caller;

namespace SmeOnboard.Web.Tests.Features.Authorization;

/// <summary>
/// Who may use every endpoint of the portal. A new page or endpoint fails the matrix until it is declared here, so
/// access is always a decision somebody wrote down. Pages accept GET and POST (form posts); both are probed.
/// </summary>
public static class ExpectedAccess
{
    private static readonly Caller[] Everyone = Enum.GetValues<Caller>();
    private static readonly Caller[] SignedIn = [FirmMember, FirmAdmin, VendorDeveloper, GovOfficer, PlatformAdmin];
    private static readonly Caller[] OrganisationMembers = SignedIn;
    private static readonly Caller[] OrganisationAdmins = [FirmAdmin, VendorDeveloper];
    private static readonly Caller[] PlatformAdmins = [PlatformAdmin];
    private static readonly Caller[] Firms = [FirmMember, FirmAdmin];
    private static readonly Caller[] FirmAdmins = [FirmAdmin];
    private static readonly Caller[] Vendors = [VendorDeveloper];
    private static readonly Caller[] Officers = [GovOfficer];

    public static readonly IReadOnlyList<RouteAccess> Routes =
    [
        // Public pages
        Page("/", Everyone),
        Page("/error", Everyone),
        Page("/not-found", Everyone),
        Page("/account/signin", Everyone),
        // Only someone who just passed the password step may stay; everyone else is sent back to the sign-in form.
        Page("/account/signin/two-factor", Everyone) with { PageRedirect = "/account/signin" },
        Page("/account/signup", Everyone),
        Page("/account/signup/firm", Everyone),
        Page("/account/signup/vendor", Everyone),
        Page("/account/forgot-password", Everyone),
        Page("/account/reset-password", Everyone),
        Page("/account/accept-invite", Everyone),
        Page("/account/access-denied", Everyone),
        Page("/account/lockout", Everyone),

        // Every organisation's own workspace
        Page("/home", OrganisationMembers),
        Page("/account/security", OrganisationMembers),
        Page("/organisation", OrganisationMembers),
        Page("/organisation/members", OrganisationMembers),
        Page("/organisation/audit", OrganisationMembers),

        // The app marketplace, for firms
        Page("/marketplace", Firms),
        Page("/marketplace/installed", Firms),
        new("GET,POST", "/marketplace/{AppId}", "/marketplace/shopfloor-andon", Firms),
        new("GET", "/marketplace/{appId}/icon.svg", "/marketplace/shopfloor-andon/icon.svg", Firms),
        // A firm's onboarding: products and pains, self-assessment, plan, and the template gallery
        Page("/onboarding/profile", Firms),
        Page("/onboarding/assessment", Firms),
        Page("/onboarding/plan", Firms),
        Page("/templates", Firms),
        new("GET,POST", "/templates/{Slug}", "/templates/oee-calculator", Firms),
        // The firm's installed templates; upgrading one changes its workflows and tables, so admins only.
        Page("/workspace/templates", Firms),
        new("GET,POST", "/workspace/templates/{Id:guid}/upgrade", "/workspace/templates/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/upgrade", FirmAdmins),
        // Forms that start workflows (report an incident, call andon): any member of the firm fills them in.
        Page("/workspace/forms", Firms),
        new("GET,POST", "/workspace/forms/{Key}", "/workspace/forms/incident-reporting-incident-report", Firms),
        // The form builder changes what every task of a form asks, so admins only.
        Page("/workspace/form-builder", FirmAdmins),
        new("GET,POST", "/workspace/form-builder/{Key}", "/workspace/form-builder/no-such-form", FirmAdmins),
        new("GET,POST", "/workspace/templates/{InstallationId:guid}/devices", "/workspace/templates/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/devices", FirmAdmins),

        // The vendors' side of the marketplace, and its review by the platform
        Page("/vendor/apps", Vendors),
        Page("/vendor/apps/submit", Vendors),
        Page("/vendor/keys", Vendors),
        Page("/vendor", Vendors),
        Page("/vendor/dashboard", Vendors),
        Page("/vendor/onboarding", Vendors),
        Page("/vendor/webhooks", Vendors),
        Page("/admin/reviews", PlatformAdmins),
        new("GET,POST", "/admin/reviews/{VersionId:guid}", "/admin/reviews/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", PlatformAdmins),

        // Workflows in the portal: the designer for firm admins, the inbox and the runs for every firm member.
        // Unknown ids, so an allowed caller sees the page's own "no such workflow" message.
        Page("/workflows", FirmAdmins),
        new("GET,POST", "/workflows/{DefinitionId}", "/workflows/no-such-workflow", FirmAdmins),
        new("GET,POST", "/workflows/{DefinitionId}/history", "/workflows/no-such-workflow/history", FirmAdmins),
        new("GET,POST", "/workflows/instances/{InstanceId}", "/workflows/instances/no-such-instance", Firms),
        // The firm's runs, filtered and paged; only admins see the retry and cancel buttons (the API holds them to it).
        Page("/workflows/instances", Firms),
        // Device registry: firm admins.
        Page("/devices", FirmAdmins),
        new("GET,POST", "/devices/{DeviceId}", "/devices/no-such-device", FirmAdmins),
        Page("/tasks", Firms),
        // KPI dashboards of the firm's installed templates and their CSV downloads; an unknown installation answers 404.
        Page("/kpis", Firms),
        new("GET,POST", "/kpis/{InstallationId:guid}", "/kpis/5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a", Firms),
        new("GET", "/kpis/{installationId:guid}/figures.csv", "/kpis/5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a/figures.csv", Firms),
        new("GET", "/kpis/{installationId:guid}/tables/{tableId}.csv", "/kpis/5d0f3c1e-8f7a-4b0e-9a61-3c2d1e0f4b7a/tables/shift_production.csv", Firms),

        // Voucher programmes: officers run them and decide applications; firms see open ones, apply and hold vouchers.
        // An unknown id, so an officer sees the page's own "no such programme" message.
        Page("/programmes", Officers),
        Page("/programmes/new", Officers),
        Page("/programmes/applications", Officers),
        new("GET,POST", "/programmes/{Id:guid}", "/programmes/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", Officers),
        // A programme's dashboard and its CSV: an unknown (or another agency's) programme answers 404.
        new("GET,POST", "/programmes/{Id:guid}/dashboard", "/programmes/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/dashboard", Officers),
        new("GET", "/programmes/{programmeId:guid}/dashboard.csv", "/programmes/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/dashboard.csv", Officers),
        Page("/vouchers/programmes", Firms),
        Page("/vouchers", Firms),
        // Integrity of a programme (flags, spot checks, claw-backs, suspensions): the agency's officers; legal details: organisation admins.
        new("GET,POST", "/programmes/{Id:guid}/integrity", "/programmes/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/integrity", Officers),
        Page("/organisation/legal-details", OrganisationAdmins),

        // Checkout: a firm's administrator buys paid apps; unknown ids, so allowed callers see the page's own message.
        new("GET,POST", "/checkout/{AppId}", "/checkout/no-such-app", FirmAdmins),
        new("GET,POST", "/checkout/orders/{OrderId:guid}", "/checkout/orders/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", FirmAdmins),
        Page("/admin/orders", PlatformAdmins),
        // Reimbursement claims: firms file them (the store lets only admins file), officers decide them. Evidence files
        // answer only the claim's firm and agency; an unknown id is 404 for every organisation member.
        Page("/vouchers/claims", Firms),
        Page("/programmes/claims", Officers),
        new("GET", "/vouchers/claims/{claimId:guid}/evidence/{evidenceId:guid}",
            "/vouchers/claims/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/evidence/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", OrganisationMembers),
        new("GET", "/workspace/form-files/{fileId:guid}", "/workspace/form-files/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", Firms),
        // Refunds on request: vendors ask about their own orders, platform administrators decide.
        Page("/vendor/refunds", Vendors),
        Page("/admin/refund-requests", PlatformAdmins),
        Page("/subscriptions", FirmAdmins),

        // Platform administration
        Page("/admin/agencies", PlatformAdmins),
        Page("/admin/mail", PlatformAdmins),
        Page("/admin/audit", PlatformAdmins),

        new("POST", "/account/signout", "/account/signout", SignedIn) { SendAntiforgeryToken = true },
        new("GET", "/culture/set", "/culture/set?culture=en&returnUrl=%2F", Everyone),
        new("GET", "/preferences/theme", "/preferences/theme?mode=light&returnUrl=%2F", Everyone),
        new("*", "/health/live", "/health/live", Everyone),
        new("*", "/health/ready", "/health/ready", Everyone),

        // The API's OpenAPI document and its Scalar reference page with Scalar's own scripts: public, so vendors can read
        // the API before they sign up; every operation it names still answers to its own policy.
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Everyone),
        new("GET", "/scalar/{documentName?}", "/scalar/v1", Everyone),
        new("GET", "/scalar/scalar.js", "/scalar/scalar.js", Everyone),
        new("GET", "/scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", Everyone),
        new("GET", "/scalar/favicon.svg", "/scalar/favicon.svg", Everyone),

        // Vendor API
        new("GET", "/api/v1/me", "/api/v1/me", OrganisationMembers),
        new("GET", "/api/v1/organisation", "/api/v1/organisation", OrganisationMembers),
        new("GET", "/api/v1/organisation/members", "/api/v1/organisation/members", OrganisationMembers),
        new("GET", "/api/v1/audit/{id:long}", "/api/v1/audit/1", OrganisationMembers),
        new("GET", "/api/v1/marketplace/apps", "/api/v1/marketplace/apps", Firms),
        // No body: allowed callers are refused for the missing consent, and nothing is installed.
        new("POST", "/api/v1/marketplace/apps/{appId}/install", "/api/v1/marketplace/apps/no-such-app/install", FirmAdmins),
        // A random id: allowed callers get 404 and nothing is revoked.
        new("DELETE", "/api/v1/organisation/invitations/{id:guid}", "/api/v1/organisation/invitations/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", OrganisationAdmins),

        // Submissions and reviews. No body or an unknown id: allowed callers get 415 or 404, and nothing is stored.
        new("GET", "/api/v1/vendor/submissions", "/api/v1/vendor/submissions", Vendors),
        new("POST", "/api/v1/vendor/submissions", "/api/v1/vendor/submissions", Vendors),
        new("GET", "/api/v1/vendor/keys", "/api/v1/vendor/keys", Vendors),
        new("POST", "/api/v1/vendor/keys", "/api/v1/vendor/keys", Vendors),
        new("DELETE", "/api/v1/vendor/keys/{id:guid}", "/api/v1/vendor/keys/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61", Vendors),
        new("GET", "/api/v1/admin/reviews", "/api/v1/admin/reviews", PlatformAdmins),
        new("POST", "/api/v1/admin/reviews/{id:guid}/decision", "/api/v1/admin/reviews/0b9a7c52-4a53-4f0e-9d55-2f7c3e1a8b61/decision", PlatformAdmins),

        // Workflows: firm data. Unknown ids, so allowed callers get 404 (or 400/415 for an empty body) and nothing changes.
        new("GET", "/api/v1/workflows", "/api/v1/workflows", Firms),
        new("GET", "/api/v1/workflows/{definitionId}", "/api/v1/workflows/no-such-workflow", Firms),
        new("PUT", "/api/v1/workflows/{definitionId}/draft", "/api/v1/workflows/no-such-workflow/draft", FirmAdmins),
        new("POST", "/api/v1/workflows/{definitionId}/publish", "/api/v1/workflows/no-such-workflow/publish", FirmAdmins),
        new("POST", "/api/v1/workflows/{definitionId}/webhook-secret", "/api/v1/workflows/no-such-workflow/webhook-secret", FirmAdmins),
        new("POST", "/api/v1/workflows/{definitionId}/instances", "/api/v1/workflows/no-such-workflow/instances", Firms),
        new("GET", "/api/v1/workflow-instances", "/api/v1/workflow-instances", Firms),
        new("GET", "/api/v1/workflow-instances/{id}", "/api/v1/workflow-instances/no-such-instance", Firms),
        new("POST", "/api/v1/workflow-instances/{id}/cancel", "/api/v1/workflow-instances/no-such-instance/cancel", FirmAdmins),
        new("POST", "/api/v1/workflow-instances/{id}/retry", "/api/v1/workflow-instances/no-such-instance/retry", FirmAdmins),
        new("POST", "/api/v1/tasks/{bookmarkId}/complete", "/api/v1/tasks/no-such-task/complete", Firms),
        new("POST", "/api/v1/tasks/{bookmarkId}/claim", "/api/v1/tasks/no-such-task/claim", Firms),
        new("POST", "/api/v1/tasks/{bookmarkId}/release", "/api/v1/tasks/no-such-task/release", Firms),
        new("POST", "/api/v1/signals", "/api/v1/signals", Firms),
        // Outside systems call it with the workflow's secret instead of signing in; without it, 404 for everyone.
        new("POST", "/hooks/workflows/{definitionId}", "/hooks/workflows/no-such-workflow", Everyone),
        // Marketplace apps call back with their HMAC signature instead of signing in; without it, 401 for everyone.
        new("POST", "/hooks/apps/{appId}/callbacks", "/hooks/apps/no-such-app/callbacks", Everyone) { OwnCredentialRefusal = 401 },
        // Devices post readings with their own token instead of signing in; without it, 401 for everyone.
        new("POST", "/api/v1/devices/{deviceId}/readings", "/api/v1/devices/no-such-device/readings", Everyone) { OwnCredentialRefusal = 401 },
        // Stripe (or the payment sandbox) signs its events instead of signing in; unsigned, 400 for everyone.
        new("POST", "/hooks/stripe", "/hooks/stripe", Everyone) { OwnCredentialRefusal = 400 },
        // MQTT over WebSockets: the broker signs the device in on its CONNECT packet; a plain request gets 400.
        new("*", "/mqtt", "/mqtt", Everyone),
    ];

    public static RouteAccess For(string key) =>
        Routes.SingleOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"No expected access for {key}.");

    private static RouteAccess Page(string pattern, Caller[] allowed) => new("GET,POST", pattern, pattern, allowed);
}
