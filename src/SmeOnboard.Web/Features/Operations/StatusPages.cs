using Microsoft.AspNetCore.Diagnostics;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>People get pages that help them on; API callers get bare status codes they can act on.</summary>
public static class StatusPages
{
    public static WebApplication UsePortalStatusPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Re-executing the not-found page for the API replaced 401/403/404 with HTML, and with 405 for DELETE.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            return next(context);
        });
        return app;
    }
}
