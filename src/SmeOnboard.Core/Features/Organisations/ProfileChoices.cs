namespace SmeOnboard.Core.Features.Organisations;

/// <summary>
/// The closed lists a company profile draws from. Voucher eligibility rules match on these codes, so free text is
/// not accepted. Industries are ISIC Rev. 4 manufacturing divisions.
/// </summary>
public static class ProfileChoices
{
    public static readonly IReadOnlyList<ProfileChoice> Regions =
    [
        new("CN-JS-SZ", "Suzhou, Jiangsu", "江苏省苏州市"),
        new("CN-JS-WX", "Wuxi, Jiangsu", "江苏省无锡市"),
        new("CN-ZJ-NB", "Ningbo, Zhejiang", "浙江省宁波市"),
        new("CN-ZJ-TZ", "Taizhou, Zhejiang", "浙江省台州市"),
        new("CN-GD-DG", "Dongguan, Guangdong", "广东省东莞市"),
        new("CN-GD-FS", "Foshan, Guangdong", "广东省佛山市"),
        new("CN-SH", "Shanghai", "上海市"),
        new("OTHER", "Other region", "其他地区"),
    ];

    public static readonly IReadOnlyList<ProfileChoice> Industries =
    [
        new("C10", "Food products", "食品制造"),
        new("C13", "Textiles", "纺织业"),
        new("C20", "Chemicals and chemical products", "化学原料和化学制品"),
        new("C22", "Rubber and plastics products", "橡胶和塑料制品"),
        new("C23", "Other non-metallic mineral products", "非金属矿物制品"),
        new("C24", "Basic metals", "金属冶炼"),
        new("C25", "Fabricated metal products", "金属制品"),
        new("C26", "Computer, electronic and optical products", "计算机、电子和光学产品"),
        new("C27", "Electrical equipment", "电气机械和器材"),
        new("C28", "Machinery and equipment", "通用和专用设备"),
        new("C29", "Motor vehicles and parts", "汽车及零部件"),
        new("C31", "Furniture", "家具制造"),
        new("C32", "Other manufacturing", "其他制造业"),
    ];

    public static readonly IReadOnlyList<ProfileChoice> HeadcountBands =
    [
        new("5-9", "5–9 people", "5–9 人"),
        new("10-49", "10–49 people", "10–49 人"),
        new("50-99", "50–99 people", "50–99 人"),
        new("100-249", "100–249 people", "100–249 人"),
    ];

    public static readonly IReadOnlyList<ProfileChoice> TurnoverBands =
    [
        new("LT1M", "Under 1 million a year", "年营业额 100 万以下"),
        new("1M-10M", "1 to 10 million a year", "年营业额 100 万–1000 万"),
        new("10M-50M", "10 to 50 million a year", "年营业额 1000 万–5000 万"),
        new("GT50M", "Over 50 million a year", "年营业额 5000 万以上"),
    ];

    public static bool IsKnown(IReadOnlyList<ProfileChoice> choices, string? code) =>
        code is not null && choices.Any(c => c.Code == code);
}
