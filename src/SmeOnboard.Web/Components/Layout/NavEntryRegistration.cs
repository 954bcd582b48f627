namespace SmeOnboard.Web.Components.Layout;

public static class NavEntryRegistration
{
    public static IServiceCollection AddNavEntry(this IServiceCollection services, NavEntry entry) =>
        services.AddSingleton(entry);
}
