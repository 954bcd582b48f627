using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// The closed list of shop-floor pains a firm picks from and templates address; the plan matches on these codes, so the
/// template schema's enum holds exactly the same (a test compares them).
/// </summary>
public static class ManufacturingProblems
{
    public static readonly IReadOnlyList<ProfileChoice> All =
    [
        new("unplanned-downtime", "Unplanned machine downtime", "设备意外停机"),
        new("scrap", "Scrap and rework", "废品和返工"),
        new("late-orders", "Late orders", "订单延期交付"),
        new("paper-records", "Paper records and spreadsheets", "纸质记录和表格"),
        new("inventory-errors", "Inventory errors and shortages", "库存差错和缺料"),
        new("safety-incidents", "Safety incidents", "安全事故"),
        new("customer-complaints", "Customer quality complaints", "客户质量投诉"),
        new("slow-changeovers", "Slow changeovers", "换型时间长"),
        new("knowledge-loss", "Know-how held by a few people", "技能依赖少数老员工"),
        new("maintenance-backlog", "Maintenance backlog", "维修保养积压"),
    ];

    public static bool IsKnown(string? code) => ProfileChoices.IsKnown(All, code);
}
