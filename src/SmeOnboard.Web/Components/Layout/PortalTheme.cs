using MudBlazor;

namespace SmeOnboard.Web.Components.Layout;

public static class PortalTheme
{
    // System fonts only: the portal must look right without reaching a font CDN.
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f6f8b",
            Secondary = "#e07a1f",
            AppbarBackground = "#1f6f8b",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5fb3d1",
            Secondary = "#f0a050",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
