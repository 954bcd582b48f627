using SmeOnboard.Core.Features.Checkout.RefundRequests;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Checkout.RefundRequests;

/// <summary>Refunds on request: vendors ask for one on their orders' page, platform administrators decide in a queue.</summary>
public static class RefundRequestsModule
{
    public static IServiceCollection AddRefundRequests(this IServiceCollection services) => services
        .AddRefundRequestStores()
        .AddNavEntry(new NavEntry("/vendor/refunds", "Nav.VendorRefunds", Filled.AssignmentReturn, Policies.Vendor, 75))
        .AddNavEntry(new NavEntry("/admin/refund-requests", "Nav.RefundRequests", Filled.AssignmentReturn, Policies.PlatformAdmin, 96));
}
