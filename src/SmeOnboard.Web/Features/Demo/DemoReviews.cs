using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>
/// Three demo firms without accounts that installed shipped apps weeks ago and reviewed them, so the catalogue shows
/// real ratings and the vendors' dashboards show installs and reviews. Lianda, the demo firm people sign in to, is
/// left untouched, so its journeys start from a clean slate.
/// </summary>
public static class DemoReviews
{
    public static readonly IReadOnlyList<CompanyProfile> Firms =
    [
        new() { Name = "Wuxi Hengtai Bearing Co., Ltd.", Region = "CN-JS-WX", IndustryCode = "C28", HeadcountBand = "100-249", TurnoverBand = "GT50M" },
        new() { Name = "Ningbo Mingda Mould Works", Region = "CN-ZJ-NB", IndustryCode = "C28", HeadcountBand = "10-49", TurnoverBand = "1M-10M" },
        new() { Name = "Dongguan Huaxin Electronics", Region = "CN-GD-DG", IndustryCode = "C26", HeadcountBand = "50-99", TurnoverBand = "10M-50M" },
    ];

    /// <summary>Firm index, app, days since the install, stars, author, text and the vendor's reply if any.</summary>
    public static readonly IReadOnlyList<(int Firm, string AppId, int DaysAgo, int Stars, string Author, string Body, string? Reply)> Reviews =
    [
        (0, "shopfloor-andon", 75, 5, "Gu Wei", "Operators call maintenance from the line with one tap; response times dropped from about 20 to 8 minutes in the first month.",
            "Thank you! Escalation by shift arrives in the next version."),
        (0, "jiangnan-5s-audit", 60, 4, "Gu Wei", "Audits on a tablet instead of paper. The photo step is great; we would like our own checklist templates.", null),
        (0, "greenvolt-energy-monitor", 40, 4, "Ma Lin", "Showed that the compressors run all weekend. Setup of the meters took two days with their engineer.", null),
        (1, "shopfloor-andon", 52, 4, "Ye Qing", "简单好用，车间里的大屏一目了然。希望能支持更多语言的语音播报。", null),
        (1, "qualistat-spc", 33, 5, "Ye Qing", "控制图直接从测量数据生成，客户审核时很有说服力。", null),
        (1, "skillbridge-skills-matrix", 24, 3, "Shen Tao", "Useful overview of who can run which press, but importing our old spreadsheet needed manual fixes.",
            "Thanks for the honest feedback - the importer now maps your column names automatically."),
        (2, "shopfloor-mes-lite", 68, 4, "Lin Hui", "Work orders and scrap are finally in one place. Reports could load faster on large orders.", null),
        (2, "yunpiao-e-invoicing", 45, 5, "Lin Hui", "开票从半天缩短到几分钟，和税务系统对接很顺利。", null),
        (2, "jiangnan-cmms", 21, 3, "Zhou Bin", "Preventive maintenance plans work well; the mobile app is slow on older phones.", null),
    ];

    /// <summary>A demo postal address for a vendor in <paramref name="region"/>.</summary>
    public static string AddressOf(string? region) => region switch
    {
        "CN-SH" => "1000 Lujiazui Ring Road, Pudong, Shanghai",
        "CN-JS-SZ" => "88 Xinghu Street, Suzhou Industrial Park, Suzhou, Jiangsu",
        "CN-JS-WX" => "18 Changjiang Road, Xinwu District, Wuxi, Jiangsu",
        "CN-ZJ-NB" => "666 Jingjia Road, Yinzhou District, Ningbo, Zhejiang",
        "CN-GD-DG" => "2 Songshan Lake Avenue, Dongguan, Guangdong",
        "CN-GD-FS" => "9 Foping Road, Chancheng District, Foshan, Guangdong",
        _ => "Demo address",
    };
}
